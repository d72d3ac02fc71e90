using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Application.Stock;

namespace Commerce.Inventory.Application.AdjustStock;

/// <summary>Adds (restock, positive) or removes (shrinkage, negative) units.</summary>
public sealed record AdjustStock(Guid ProductId, int? Delta) : ICommand<StockDto>;
