using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Contracts;
using Commerce.Inventory.Domain.Stock;

namespace Commerce.Inventory.Application.Stock;

/// <summary>Tells the shop when an item crosses under its threshold: once per crossing, not on every sale after.</summary>
internal static class LowStockAlerts
{
    public static async Task PublishIfCrossedAsync(this IIntegrationEvents events, StockItem item, bool wasLow, string? productName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (item.IsLow && !wasLow)
        {
            await events.PublishAsync(new LowStock(item.Id, productName, item.Available, item.LowStockThreshold, now), cancellationToken);
        }
    }
}
