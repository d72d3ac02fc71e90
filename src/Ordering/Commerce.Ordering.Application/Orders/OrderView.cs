using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.Orders;

/// <summary>
/// An order as readers see it: kept up to date from the order's events in the same transaction that appends them,
/// so a client reads its own writes. <see cref="Version"/> is the stream version, the order's ETag.
/// </summary>
public sealed class OrderView
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public string UserName { get; set; } = string.Empty;

    public OrderStatus Status { get; set; }

    public IReadOnlyList<OrderLine> Lines { get; set; } = [];

    public OrderTotals Totals { get; set; } = null!;

    public Buyer Buyer { get; set; } = null!;

    public ShippingAddress ShippingAddress { get; set; } = null!;

    public PaymentMethod Payment { get; set; } = null!;

    public DateTimeOffset PlacedAt { get; set; }

    /// <summary>When Inventory reserved the order's units.</summary>
    public DateTimeOffset? StockReservedAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset? ShippedAt { get; set; }

    public string? TrackingNumber { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancellationReason { get; set; }

    /// <summary>One of <c>CancellationCodes</c>.</summary>
    public string? CancellationCode { get; set; }

    public PaymentStanding PaymentStanding { get; set; } = PaymentStanding.None;

    /// <summary>While the buyer's challenge (3-D Secure) is open: what their browser completes it with.</summary>
    public string? PaymentClientSecret { get; set; }

    /// <summary>The payment provider's receipt page for the buyer, once authorized; null where it has none.</summary>
    public string? ReceiptUrl { get; set; }

    /// <summary>Null while nobody disputes the payment; <c>open</c>, then the dispute's outcome (<c>won</c>, <c>lost</c>…).</summary>
    public string? DisputeStatus { get; set; }

    /// <summary>PaymentExpired: when the order is cancelled unless staff act first.</summary>
    public DateTimeOffset? PaymentDueBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
