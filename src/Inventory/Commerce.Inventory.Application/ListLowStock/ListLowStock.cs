using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Application.Stock;

namespace Commerce.Inventory.Application.ListLowStock;

public sealed record ListLowStock : IQuery<IReadOnlyList<StockDto>>;
