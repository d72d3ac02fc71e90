using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Application.Stock;

namespace Commerce.Inventory.Application.SetStock;

/// <summary>Sets a product's counted stock and low-stock threshold; creates its stock item on first use.</summary>
public sealed record SetStock(Guid ProductId, int? OnHand, int? LowStockThreshold) : ICommand<StockDto>;
