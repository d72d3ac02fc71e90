using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Application.Stock;

namespace Commerce.Inventory.Application.GetStock;

public sealed record GetStock(Guid ProductId) : IQuery<StockDto>;
