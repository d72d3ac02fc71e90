using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Contracts;
using Commerce.Inventory.Domain.Stock;

namespace Commerce.Inventory.Application.Stock;

/// <summary>
/// Tells the shop how a change moved an item: its new available count whenever that moved (the catalog shows it), and
/// a low-stock alert when it crossed under its threshold (once per crossing, not on every sale after).
/// </summary>
internal sealed class StockLevelEvents(IIntegrationEvents events)
{
    /// <param name="before">The item's <see cref="StockItem.Level"/> before the change.</param>
    public async Task PublishAsync(StockItem item, StockLevel before, string? productName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (item.Available != before.Available)
        {
            await events.PublishAsync(new StockLevelChanged(item.Id, item.Available, item.Revision, now), cancellationToken);
        }

        if (item.IsLow && !before.IsLow)
        {
            await events.PublishAsync(new LowStock(item.Id, productName, item.Available, item.LowStockThreshold, now), cancellationToken);
        }
    }
}
