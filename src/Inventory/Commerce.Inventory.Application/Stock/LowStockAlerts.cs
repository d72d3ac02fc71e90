using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Contracts;
using Commerce.Inventory.Domain.Stock;

namespace Commerce.Inventory.Application.Stock;

/// <summary>Tells the shop when an item crosses under its threshold: once per crossing, not on every sale after.</summary>
internal sealed class LowStockAlerts(IIntegrationEvents events)
{
    public async Task PublishIfCrossedAsync(StockItem item, bool wasLow, string? productName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (item.IsLow && !wasLow)
        {
            await events.PublishAsync(new LowStock(item.Id, productName, item.Available, item.LowStockThreshold, now), cancellationToken);
        }
    }
}
