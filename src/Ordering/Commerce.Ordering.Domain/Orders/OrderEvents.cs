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

/// <summary>Inventory holds the order's units: the order may be confirmed (and is, once its payment is authorized).</summary>
public sealed record OrderStockReserved(Guid OrderId, DateTimeOffset ReservedAt);

public sealed record OrderConfirmed(Guid OrderId, DateTimeOffset ConfirmedAt);

public sealed record OrderShipped(Guid OrderId, string TrackingNumber, DateTimeOffset ShippedAt);

public sealed record OrderDelivered(Guid OrderId, DateTimeOffset DeliveredAt);

/// <param name="ReasonCode">One of <see cref="CancellationCodes"/>; null on orders cancelled before codes were kept.</param>
public sealed record OrderCancelled(Guid OrderId, string Reason, DateTimeOffset CancelledAt, string? ReasonCode = null);

/// <summary>A fact Payments told about the order's payment, with where the payment stands after it.</summary>
public interface IPaymentFact
{
    Guid OrderId { get; }

    PaymentStanding Standing { get; }

    DateTimeOffset At { get; }
}

/// <summary>The total is held on the buyer's payment method; the provider reported the card as shown.</summary>
/// <param name="ReceiptUrl">The provider's receipt page, linked in the confirmation email; null where it has none.</param>
public sealed record OrderPaymentAuthorized(Guid OrderId, PaymentStanding Standing, string? CardBrand, string? CardLast4, DateTimeOffset At, string? ReceiptUrl = null) : IPaymentFact;

/// <summary>The buyer must complete the payment provider's challenge (3-D Secure) with <paramref name="ClientSecret"/>.</summary>
public sealed record OrderPaymentActionRequired(Guid OrderId, PaymentStanding Standing, string ClientSecret, DateTimeOffset At) : IPaymentFact;

public sealed record OrderPaymentDeclined(Guid OrderId, PaymentStanding Standing, string DeclineCode, DateTimeOffset At) : IPaymentFact;

public sealed record OrderPaymentVoided(Guid OrderId, PaymentStanding Standing, DateTimeOffset At) : IPaymentFact;

public sealed record OrderPaymentCaptured(Guid OrderId, PaymentStanding Standing, DateTimeOffset At) : IPaymentFact;

public sealed record OrderPaymentCaptureFailed(Guid OrderId, PaymentStanding Standing, string Reason, DateTimeOffset At) : IPaymentFact;

/// <summary>The payment's authorization lapsed (or the provider cancelled it) before the capture.</summary>
public sealed record OrderPaymentExpired(Guid OrderId, PaymentStanding Standing, string Reason, DateTimeOffset At) : IPaymentFact;

/// <summary>A confirmed order lost its payment: it cannot ship, and is cancelled at <paramref name="CancelAt"/> unless staff act first.</summary>
public sealed record OrderPaymentLapsed(Guid OrderId, DateTimeOffset CancelAt, DateTimeOffset LapsedAt);

/// <summary>The buyer's bank disputes the payment; operators answer it at the provider.</summary>
public sealed record OrderPaymentDisputed(Guid OrderId, PaymentStanding Standing, decimal Amount, string Reason, DateTimeOffset At) : IPaymentFact;

/// <param name="Outcome"><c>won</c>, <c>lost</c>, or the provider's other word for it.</param>
public sealed record OrderPaymentDisputeClosed(Guid OrderId, PaymentStanding Standing, decimal Amount, string Outcome, DateTimeOffset At) : IPaymentFact;

public sealed record OrderRefundIssued(Guid OrderId, PaymentStanding Standing, decimal Amount, string Reason, DateTimeOffset At) : IPaymentFact;
