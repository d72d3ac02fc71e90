using Commerce.BuildingBlocks.Domain;

namespace Commerce.Inventory.Domain.Stock;

/// <summary>
/// A product's stock: what is on hand, what orders have reserved, and the threshold under which it is low.
/// Available (on hand − reserved) never goes below zero: that is the no-overselling rule.
/// </summary>
public sealed class StockItem
{
    public const int MaxQuantity = 1_000_000;

    private StockItem()
    {
    }

    /// <summary>The product's id: one stock item per product.</summary>
    public Guid Id { get; private set; }

    public int OnHand { get; private set; }

    public int Reserved { get; private set; }

    public int LowStockThreshold { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Counts the item's changes, so whoever keeps a copy of its level can tell a late message from a newer one.</summary>
    public long Revision { get; private set; }

    public int Available => OnHand - Reserved;

    public bool IsLow => Available < LowStockThreshold;

    /// <summary>What other contexts are told about: taken before a change, compared after it.</summary>
    public StockLevel Level => new(Available, IsLow);

    public static StockItem For(Guid productId, DateTimeOffset now) => new() { Id = productId, UpdatedAt = now };

    /// <summary>Sets the counted stock and the threshold (a stock take, or a restock).</summary>
    public void Set(int onHand, int lowStockThreshold, DateTimeOffset now)
    {
        CheckRange(onHand, "onHand");
        CheckRange(lowStockThreshold, "lowStockThreshold");
        if (onHand < Reserved)
        {
            throw new DomainException("below_reserved", $"{Reserved} units are reserved for orders; on hand cannot go below that.");
        }

        OnHand = onHand;
        LowStockThreshold = lowStockThreshold;
        Changed(now);
    }

    /// <summary>Adds (restock) or removes (shrinkage) units.</summary>
    public void Adjust(int delta, DateTimeOffset now)
    {
        if (delta == 0)
        {
            throw new InvalidValueException("invalid_delta", "An adjustment must add or remove at least one unit.");
        }

        var onHand = OnHand + delta;
        if (onHand < 0)
        {
            throw new DomainException("below_zero", $"Only {OnHand} on hand; cannot remove {-delta}.");
        }

        Set(onHand, LowStockThreshold, now);
    }

    public bool CanReserve(int quantity) => quantity <= Available;

    public void Reserve(int quantity, DateTimeOffset now)
    {
        if (quantity < 1 || !CanReserve(quantity))
        {
            throw new DomainException("insufficient_stock", $"Only {Available} available; {quantity} requested.");
        }

        Reserved += quantity;
        Changed(now);
    }

    /// <summary>Gives reserved units back (the order was cancelled).</summary>
    public void Release(int quantity, DateTimeOffset now)
    {
        Reserved -= Math.Min(quantity, Reserved);
        Changed(now);
    }

    /// <summary>Reserved units left the warehouse (the order shipped): on hand and reserved both go down.</summary>
    public void Commit(int quantity, DateTimeOffset now)
    {
        var shipped = Math.Min(quantity, Reserved);
        Reserved -= shipped;
        OnHand -= shipped;
        Changed(now);
    }

    private void Changed(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }

    private static void CheckRange(int value, string field)
    {
        if (value is < 0 or > MaxQuantity)
        {
            throw new InvalidValueException($"invalid_{field}", $"The {field} must be between 0 and {MaxQuantity}.");
        }
    }
}

public readonly record struct StockLevel(int Available, bool IsLow);
