namespace Commerce.Catalog.Domain.Availability;

/// <summary>
/// What the catalog knows of a product's stock: Inventory's last told available count. Inventory's messages can arrive
/// late, twice or out of order; each carries the stock's revision, and only a newer one moves the copy.
/// A product Inventory never told about is not available.
/// </summary>
public sealed class ProductAvailability
{
    private ProductAvailability()
    {
    }

    /// <summary>The product's id.</summary>
    public Guid Id { get; private set; }

    public int Available { get; private set; }

    public long Revision { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool InStock => Available > 0;

    /// <summary>Whether the last accepted change moved the product in or out of stock (lists show that, not the count).</summary>
    public bool StockStatusChanged { get; private set; }

    public static ProductAvailability Unknown(Guid productId) => new() { Id = productId };

    /// <returns>Whether the message was newer than what is known, and so was taken.</returns>
    public bool Apply(int available, long revision, DateTimeOffset at)
    {
        if (revision <= Revision)
        {
            return false;
        }

        var wasInStock = InStock;
        Available = Math.Max(0, available);
        Revision = revision;
        UpdatedAt = at;
        StockStatusChanged = InStock != wasInStock;
        return true;
    }
}
