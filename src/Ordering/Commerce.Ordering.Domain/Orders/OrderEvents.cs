namespace Commerce.Ordering.Domain.Orders;

// The facts of an order's life, stored as its event stream. Past tense; each carries what a reader of the history
// needs without looking anything up.

public sealed record OrderPlaced(
    Guid OrderId,
    string UserName,
    IReadOnlyList<OrderLine> Lines,
    OrderTotals Totals,
    Buyer Buyer,
    ShippingAddress ShippingAddress,
    PaymentMethod Payment,
    DateTimeOffset PlacedAt);

/// <summary>Inventory holds the order's units: the order may be confirmed (and is, when nothing else is awaited).</summary>
public sealed record OrderStockReserved(Guid OrderId, DateTimeOffset ReservedAt);

public sealed record OrderConfirmed(Guid OrderId, DateTimeOffset ConfirmedAt);

public sealed record OrderShipped(Guid OrderId, string TrackingNumber, DateTimeOffset ShippedAt);

public sealed record OrderDelivered(Guid OrderId, DateTimeOffset DeliveredAt);

public sealed record OrderCancelled(Guid OrderId, string Reason, DateTimeOffset CancelledAt);
