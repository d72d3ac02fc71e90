namespace Commerce.Ordering.Domain.Orders;

public enum OrderStatus
{
    Pending,
    Confirmed,

    /// <summary>Confirmed, but its payment's authorization lapsed before shipping: it cannot ship, its stock stays
    /// reserved for a grace time in which staff act, then it is cancelled (<c>payment_expired</c>).</summary>
    PaymentExpired,
    Shipped,
    Delivered,
    Cancelled,
}
