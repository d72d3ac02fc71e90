using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.Orders;

/// <summary>
/// One event of an order's stream, as an operator reads the audit trail. <see cref="Type"/> and <see cref="Data"/>
/// are this API's names for what happened, mapped from each stored event; the events themselves stay inside.
/// </summary>
public sealed record OrderHistoryEntry(long Version, string Type, DateTimeOffset RecordedAt, OrderHistoryData Data)
{
    /// <exception cref="ArgumentException">An event the history does not know: a new event needs its line here.</exception>
    public static OrderHistoryEntry From(RecordedOrderEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var (type, data) = recorded.Event switch
        {
            OrderPlaced e => ("OrderPlaced", new OrderHistoryData(UserName: e.UserName, ItemCount: e.Totals.ItemCount, Total: e.Totals.Total, Currency: e.Totals.Currency)),
            OrderStockReserved => ("OrderStockReserved", new OrderHistoryData()),
            OrderConfirmed => ("OrderConfirmed", new OrderHistoryData()),
            OrderShipped e => ("OrderShipped", new OrderHistoryData(TrackingNumber: e.TrackingNumber)),
            OrderDelivered => ("OrderDelivered", new OrderHistoryData()),
            OrderCancelled e => ("OrderCancelled", new OrderHistoryData(Reason: e.Reason, ReasonCode: e.ReasonCode)),
            OrderPaymentAuthorized e => ("PaymentAuthorized", new OrderHistoryData(Amount: e.Standing.AmountAuthorized, PaymentStatus: e.Standing.Status)),
            OrderPaymentActionRequired e => ("PaymentActionRequired", new OrderHistoryData(PaymentStatus: e.Standing.Status)),
            OrderPaymentDeclined e => ("PaymentDeclined", new OrderHistoryData(ReasonCode: e.DeclineCode, PaymentStatus: e.Standing.Status)),
            OrderPaymentVoided e => ("PaymentVoided", new OrderHistoryData(PaymentStatus: e.Standing.Status)),
            OrderPaymentCaptured e => ("PaymentCaptured", new OrderHistoryData(Amount: e.Standing.AmountCaptured, PaymentStatus: e.Standing.Status)),
            OrderPaymentCaptureFailed e => ("PaymentCaptureFailed", new OrderHistoryData(Reason: e.Reason, PaymentStatus: e.Standing.Status)),
            OrderPaymentExpired e => ("PaymentExpired", new OrderHistoryData(ReasonCode: e.Reason, PaymentStatus: e.Standing.Status)),
            OrderPaymentLapsed e => ("OrderPaymentLapsed", new OrderHistoryData(CancelAt: e.CancelAt)),
            OrderPaymentDisputed e => ("PaymentDisputed", new OrderHistoryData(Amount: e.Amount, ReasonCode: e.Reason, PaymentStatus: e.Standing.Status)),
            OrderPaymentDisputeClosed e => ("PaymentDisputeClosed", new OrderHistoryData(Amount: e.Amount, ReasonCode: e.Outcome, PaymentStatus: e.Standing.Status)),
            OrderRefundIssued e => ("RefundIssued", new OrderHistoryData(Amount: e.Amount, Reason: e.Reason, PaymentStatus: e.Standing.Status)),
            var other => throw new ArgumentException($"The order history has no entry for {other.GetType().Name}.", nameof(recorded)),
        };
        return new OrderHistoryEntry(recorded.Version, type, recorded.RecordedAt, data);
    }
}

/// <summary>What an event recorded; each field is set by the events that carry it and null otherwise.</summary>
/// <param name="UserName">OrderPlaced: who placed it.</param>
/// <param name="ItemCount">OrderPlaced: units ordered.</param>
/// <param name="Total">OrderPlaced: what it costs.</param>
/// <param name="Currency">OrderPlaced: the currency of <paramref name="Total"/>.</param>
/// <param name="TrackingNumber">OrderShipped: the carrier's tracking number.</param>
/// <param name="Reason">OrderCancelled, PaymentCaptureFailed, RefundIssued: why.</param>
/// <param name="ReasonCode">OrderCancelled: the cancellation's code; PaymentDeclined: the provider's decline code; PaymentExpired: why it lapsed; PaymentDisputed: the dispute's reason; PaymentDisputeClosed: its outcome.</param>
/// <param name="Amount">PaymentAuthorized, PaymentCaptured, RefundIssued, PaymentDisputed, PaymentDisputeClosed: how much.</param>
/// <param name="PaymentStatus">The payment events: where the payment stands after it.</param>
/// <param name="CancelAt">OrderPaymentLapsed: when the order is cancelled unless staff act first.</param>
public sealed record OrderHistoryData(
    string? UserName = null,
    int? ItemCount = null,
    decimal? Total = null,
    string? Currency = null,
    string? TrackingNumber = null,
    string? Reason = null,
    string? ReasonCode = null,
    decimal? Amount = null,
    PaymentStatus? PaymentStatus = null,
    DateTimeOffset? CancelAt = null);

/// <summary>An event as the store recorded it: its place in the stream, when, and the domain event.</summary>
public sealed record RecordedOrderEvent(long Version, DateTimeOffset RecordedAt, object Event);
