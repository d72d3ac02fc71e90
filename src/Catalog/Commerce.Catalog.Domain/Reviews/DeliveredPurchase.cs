namespace Commerce.Catalog.Domain.Reviews;

/// <summary>
/// A customer received the product (Ordering told the catalog their order was delivered): what entitles them to
/// review it. One per customer and product, however many orders brought it.
/// </summary>
public sealed class DeliveredPurchase
{
    private DeliveredPurchase()
    {
    }

    /// <summary><see cref="IdOf"/>: the product and the customer.</summary>
    public string Id { get; private set; } = string.Empty;

    public Guid ProductId { get; private set; }

    public string UserName { get; private set; } = string.Empty;

    /// <summary>As the order names the buyer ("Ada Lovelace"); a review shows it shortened (<see cref="Review.AuthorNameOf"/>).</summary>
    public string BuyerName { get; private set; } = string.Empty;

    public Guid OrderId { get; private set; }

    public DateTimeOffset DeliveredAt { get; private set; }

    public static string IdOf(Guid productId, string userName) => $"{productId:N}/{userName}";

    public static DeliveredPurchase Of(Guid productId, string userName, string buyerName, Guid orderId, DateTimeOffset deliveredAt) => new()
    {
        Id = IdOf(productId, userName),
        ProductId = productId,
        UserName = userName,
        BuyerName = buyerName,
        OrderId = orderId,
        DeliveredAt = deliveredAt,
    };
}
