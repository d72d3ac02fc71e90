namespace Commerce.Ordering.Contracts;

// What Ordering tells other contexts, on SQS as plain JSON (camelCase). Consumers depend on these shapes: add
// fields, never rename or remove them.

public sealed record OrderPlaced(
    Guid OrderId,
    string UserName,
    string BuyerName,
    string BuyerEmail,
    IReadOnlyList<OrderedProduct> Lines,
    decimal Total,
    string Currency,
    DateTimeOffset PlacedAt);

public sealed record OrderedProduct(Guid ProductId, string ProductName, decimal UnitPrice, int Quantity);

public sealed record OrderConfirmed(Guid OrderId, string BuyerEmail, DateTimeOffset ConfirmedAt);

public sealed record OrderCancelled(Guid OrderId, string BuyerEmail, string Reason, DateTimeOffset CancelledAt);

public sealed record OrderShipped(Guid OrderId, string BuyerEmail, string TrackingNumber, DateTimeOffset ShippedAt);

public sealed record OrderDelivered(Guid OrderId, string BuyerEmail, DateTimeOffset DeliveredAt);
