using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Domain.Orders;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Commerce.Ordering.Infrastructure;

/// <summary>Builds <see cref="OrderView"/> from an order's events, inline: in the transaction that appends them.</summary>
internal sealed class OrderViewProjection : SingleStreamProjection<OrderView, Guid>
{
    public static OrderView Create(IEvent<OrderPlaced> placed) => new()
    {
        Id = placed.Data.OrderId,
        Version = placed.Version,
        UserName = placed.Data.UserName,
        Status = OrderStatus.Pending,
        Lines = placed.Data.Lines,
        Totals = placed.Data.Totals,
        Buyer = placed.Data.Buyer,
        ShippingAddress = placed.Data.ShippingAddress,
        Payment = placed.Data.Payment,
        PlacedAt = placed.Data.PlacedAt,
        UpdatedAt = placed.Data.PlacedAt,
    };

    public static void Apply(IEvent<OrderStockReserved> reserved, OrderView view)
    {
        view.StockReservedAt = reserved.Data.ReservedAt;
        view.Version = reserved.Version;
        view.UpdatedAt = reserved.Data.ReservedAt;
    }

    public static void Apply(IEvent<OrderConfirmed> confirmed, OrderView view) =>
        Move(view, confirmed, OrderStatus.Confirmed, confirmed.Data.ConfirmedAt, v => v.ConfirmedAt = confirmed.Data.ConfirmedAt);

    public static void Apply(IEvent<OrderShipped> shipped, OrderView view) =>
        Move(view, shipped, OrderStatus.Shipped, shipped.Data.ShippedAt, v =>
        {
            v.ShippedAt = shipped.Data.ShippedAt;
            v.TrackingNumber = shipped.Data.TrackingNumber;
        });

    public static void Apply(IEvent<OrderDelivered> delivered, OrderView view) =>
        Move(view, delivered, OrderStatus.Delivered, delivered.Data.DeliveredAt, v => v.DeliveredAt = delivered.Data.DeliveredAt);

    public static void Apply(IEvent<OrderCancelled> cancelled, OrderView view) =>
        Move(view, cancelled, OrderStatus.Cancelled, cancelled.Data.CancelledAt, v =>
        {
            v.CancelledAt = cancelled.Data.CancelledAt;
            v.CancellationReason = cancelled.Data.Reason;
            v.CancellationCode = cancelled.Data.ReasonCode;
            v.PaymentDueBy = null;
        });

    public static void Apply(IEvent<OrderPaymentAuthorized> authorized, OrderView view)
    {
        Record(view, authorized, authorized.Data);
        view.Payment = view.Payment with { CardBrand = authorized.Data.CardBrand ?? view.Payment.CardBrand, CardLast4 = authorized.Data.CardLast4 ?? view.Payment.CardLast4 };
        view.ReceiptUrl = authorized.Data.ReceiptUrl ?? view.ReceiptUrl;
    }

    public static void Apply(IEvent<OrderPaymentActionRequired> required, OrderView view)
    {
        Record(view, required, required.Data);
        view.PaymentClientSecret = required.Data.ClientSecret;
    }

    public static void Apply(IEvent<OrderPaymentDeclined> declined, OrderView view) => Record(view, declined, declined.Data);

    public static void Apply(IEvent<OrderPaymentVoided> voided, OrderView view) => Record(view, voided, voided.Data);

    public static void Apply(IEvent<OrderPaymentCaptured> captured, OrderView view) => Record(view, captured, captured.Data);

    public static void Apply(IEvent<OrderPaymentCaptureFailed> failed, OrderView view) => Record(view, failed, failed.Data);

    public static void Apply(IEvent<OrderPaymentExpired> expired, OrderView view) => Record(view, expired, expired.Data);

    public static void Apply(IEvent<OrderPaymentLapsed> lapsed, OrderView view) =>
        Move(view, lapsed, OrderStatus.PaymentExpired, lapsed.Data.LapsedAt, v => v.PaymentDueBy = lapsed.Data.CancelAt);

    public static void Apply(IEvent<OrderPaymentDisputed> disputed, OrderView view)
    {
        Record(view, disputed, disputed.Data);
        view.DisputeStatus = "open";
    }

    public static void Apply(IEvent<OrderPaymentDisputeClosed> closed, OrderView view)
    {
        Record(view, closed, closed.Data);
        view.DisputeStatus = closed.Data.Outcome;
    }

    public static void Apply(IEvent<OrderRefundIssued> refunded, OrderView view) => Record(view, refunded, refunded.Data);

    private static void Record(OrderView view, IEvent @event, IPaymentFact fact)
    {
        view.PaymentStanding = fact.Standing;
        view.PaymentClientSecret = fact.Standing.Status == PaymentStatus.Pending ? view.PaymentClientSecret : null;
        view.Version = @event.Version;
        view.UpdatedAt = fact.At;
    }

    private static void Move(OrderView view, IEvent @event, OrderStatus status, DateTimeOffset at, Action<OrderView> record)
    {
        view.Status = status;
        view.Version = @event.Version;
        view.UpdatedAt = at;
        record(view);
    }
}
