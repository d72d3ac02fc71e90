using Commerce.Inventory.Domain.Stock;

namespace Commerce.Inventory.Application.Stock;

public sealed record StockDto(Guid ProductId, int OnHand, int Reserved, int Available, int LowStockThreshold, bool IsLow, DateTimeOffset UpdatedAt)
{
    public static StockDto From(StockItem item) =>
        new(item.Id, item.OnHand, item.Reserved, item.Available, item.LowStockThreshold, item.IsLow, item.UpdatedAt);
}
