namespace Commerce.Ordering.Contracts;

// What Ordering tells other contexts, on SQS as plain JSON (camelCase). Consumers depend on these shapes: add
// fields, never rename or remove them.

// BuyerEmail is where the buyer is mailed about the order: null when the buyer proved no address (one only typed at
// checkout, or an account's not yet verified), so nothing is sent.

/// <param name="PaymentMethodId">The provider's token Payments authorizes; null for an order of the old shop.</param>
public sealed record OrderPlaced(
    Guid OrderId,
    string UserName,
    string BuyerName,
    string? BuyerEmail,
    IReadOnlyList<OrderedProduct> Lines,
    decimal Total,
    string Currency,
    DateTimeOffset PlacedAt,
    string? PaymentMethodId = null);

public sealed record OrderedProduct(Guid ProductId, string ProductName, decimal UnitPrice, int Quantity);

/// <param name="ReceiptUrl">The payment provider's receipt page for the buyer; null where it has none.</param>
public sealed record OrderConfirmed(Guid OrderId, string? BuyerEmail, DateTimeOffset ConfirmedAt, string? ReceiptUrl = null);

/// <param name="ReasonCode">payment_declined, out_of_stock, timed_out, cancelled_by_customer, cancelled_by_staff or payment_expired.</param>
public sealed record OrderCancelled(Guid OrderId, string? BuyerEmail, string Reason, DateTimeOffset CancelledAt, string? ReasonCode = null);

/// <summary>A confirmed order's payment lapsed before it shipped: it cannot ship, and is cancelled at <paramref name="CancelAt"/> unless staff act.</summary>
public sealed record OrderPaymentExpired(Guid OrderId, string BuyerEmail, decimal Total, string Currency, DateTimeOffset CancelAt, DateTimeOffset ExpiredAt);

public sealed record OrderShipped(Guid OrderId, string? BuyerEmail, string TrackingNumber, DateTimeOffset ShippedAt);

/// <param name="UserName">The buyer's account, with <paramref name="BuyerName"/> and <paramref name="ProductIds"/>: what the catalog
/// keeps to let the buyer review what they received. Null in messages sent before they were added.</param>
public sealed record OrderDelivered(
    Guid OrderId, string? BuyerEmail, DateTimeOffset DeliveredAt, string? UserName = null, string? BuyerName = null, IReadOnlyList<Guid>? ProductIds = null);
