using Commerce.BuildingBlocks.Domain;

namespace Commerce.Ordering.Domain.Orders;

/// <summary>
/// An order, rebuilt from its events. Each decision (<see cref="Confirm"/>, <see cref="Ship"/>…) checks the current
/// status and returns the event to append; <see cref="From"/> and <see cref="When"/> move the state when events
/// are replayed.
/// Pending → Confirmed → Shipped → Delivered; Cancelled from Pending or Confirmed; a confirmed order whose payment's
/// authorization lapses is PaymentExpired (it never ships unpaid) until staff cancel it or its grace ends. The order is the checkout's process
/// manager (docs/decisions/0008): it is confirmed only once Inventory reserved its stock <b>and</b> Payments authorized
/// its payment, whichever comes first; a declined payment, a stock shortage or the checkout's deadline cancels it, and
/// its cancellation makes the other side compensate. Payment facts are kept by version: a late or repeated one changes
/// nothing.
/// </summary>
public sealed class Order
{
    public const int MaxReasonLength = 500;
    public const int MaxTrackingNumberLength = 64;

    private Order()
    {
    }

    public Guid Id { get; private set; }

    public string UserName { get; private set; } = string.Empty;

    public OrderStatus Status { get; private set; }

    public OrderTotals Totals { get; private set; } = null!;

    public Buyer Buyer { get; private set; } = null!;

    /// <summary>Each product of the order, once.</summary>
    public IReadOnlyList<Guid> ProductIds { get; private set; } = [];

    public bool IsStockReserved { get; private set; }

    /// <summary>The payment is held now, as Payments last told: one that lapsed before the stock came confirms nothing.</summary>
    public bool IsPaymentAuthorized => Payment.Status == PaymentStatus.Authorized;

    public PaymentStanding Payment { get; private set; } = PaymentStanding.None;

    /// <summary>The payment provider's receipt page for the buyer, once the payment is authorized; null where it has none.</summary>
    public string? ReceiptUrl { get; private set; }

    public static OrderPlaced Place(
        Guid orderId, string userName, IReadOnlyList<OrderLine> lines, string currency,
        Buyer buyer, ShippingAddress shippingAddress, PaymentMethod payment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new DomainException("basket_empty", "An order needs at least one line; the basket is empty.");
        }

        if (lines.Any(l => l.Quantity < 1 || l.UnitPrice < 0))
        {
            throw new DomainException("invalid_order_line", "Every order line needs a quantity of at least one and a non-negative price.");
        }

        return new OrderPlaced(orderId, userName, lines, OrderTotals.Of(lines, currency), buyer, shippingAddress, payment, now);
    }

    /// <summary>
    /// Inventory reserved the order's units: confirmed at once if its payment is authorized already. An order that is
    /// no longer pending refuses: it was cancelled meanwhile, and its cancellation releases the units.
    /// </summary>
    public IReadOnlyList<object> RecordStockReserved(DateTimeOffset now)
    {
        Require("take a stock reservation", OrderStatus.Pending);
        if (IsStockReserved)
        {
            throw new InvalidStateException("stock_already_reserved", "This order's stock is reserved already.", Status.ToString());
        }

        var reserved = new OrderStockReserved(Id, now);
        return IsPaymentAuthorized ? [reserved, new OrderConfirmed(Id, now)] : [reserved];
    }

    /// <summary>
    /// Keeps what Payments told, if it is newer than what the order knows. A pending order is confirmed by an
    /// authorization when its stock is reserved, and cancelled by a decline; on any other order a payment fact is only
    /// recorded (a late authorization of a cancelled order is voided by Payments itself).
    /// </summary>
    /// <param name="expiredPaymentGrace">How long a confirmed order whose authorization lapsed keeps its stock before it is cancelled.</param>
    /// <returns>Nothing when the fact is not newer: a late or repeated answer changes nothing.</returns>
    public IReadOnlyList<object> RecordPayment(IPaymentFact fact, TimeSpan expiredPaymentGrace, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Standing.Version <= Payment.Version)
        {
            return [];
        }

        return (fact, Status) switch
        {
            (OrderPaymentAuthorized, OrderStatus.Pending) when IsStockReserved => [fact, new OrderConfirmed(Id, now)],
            (OrderPaymentDeclined declined, OrderStatus.Pending) =>
                [fact, new OrderCancelled(Id, $"The payment was declined ({declined.DeclineCode}).", now, CancellationCodes.PaymentDeclined)],
            (OrderPaymentExpired, OrderStatus.Confirmed) => [fact, new OrderPaymentLapsed(Id, now + expiredPaymentGrace, now)],
            _ => [fact],
        };
    }

    /// <summary>The grace of an order whose payment lapsed ended: cancelled, its stock released; an order staff settled meanwhile is left as it is.</summary>
    public IReadOnlyList<object> EndPaymentGrace(DateTimeOffset now) =>
        Status == OrderStatus.PaymentExpired
            ? [new OrderCancelled(Id, "The payment's authorization expired before the order shipped, and no payment came in its place.", now, CancellationCodes.PaymentExpired)]
            : [];

    /// <summary>Inventory could not cover every line: a pending order is cancelled; one that moved on is left as it is.</summary>
    public IReadOnlyList<object> RecordStockShortage(string reason, DateTimeOffset now) =>
        Status == OrderStatus.Pending ? [new OrderCancelled(Id, Shortened(reason), now, CancellationCodes.OutOfStock)] : [];

    /// <summary>The checkout's deadline passed: an order still waiting for its stock or its payment is cancelled.</summary>
    public IReadOnlyList<object> TimeOut(TimeSpan waited, DateTimeOffset now) =>
        Status == OrderStatus.Pending
            ? [new OrderCancelled(Id, $"No answer from {(IsStockReserved ? "the payment provider" : IsPaymentAuthorized ? "the inventory" : "the inventory and the payment provider")} within {waited}.", now, CancellationCodes.TimedOut)]
            : [];

    public OrderConfirmed Confirm(DateTimeOffset now)
    {
        Require("confirm", OrderStatus.Pending);
        if (!IsStockReserved)
        {
            throw new InvalidStateException("stock_not_reserved", "An order can be confirmed only once Inventory has reserved its stock.", Status.ToString());
        }

        if (!IsPaymentAuthorized)
        {
            throw new InvalidStateException("payment_not_authorized", "An order can be confirmed only once its payment is authorized.", Status.ToString());
        }

        return new OrderConfirmed(Id, now);
    }

    public OrderShipped Ship(string? trackingNumber, DateTimeOffset now)
    {
        var tracking = trackingNumber?.Trim();
        if (string.IsNullOrEmpty(tracking) || tracking.Length > MaxTrackingNumberLength || !PlainText.IsOneLine(tracking))
        {
            throw new InvalidValueException("invalid_tracking_number", $"A tracking number of 1 to {MaxTrackingNumberLength} printable characters on one line is required.");
        }

        if (Status is OrderStatus.Confirmed or OrderStatus.PaymentExpired && Payment.Status != PaymentStatus.Authorized)
        {
            // Shipping is what captures the money: without an authorization it would ship unpaid.
            throw new InvalidStateException("payment_not_authorized", $"An order ships only on an authorized payment; its payment is {Payment.Status}.", Status.ToString());
        }

        Require("ship", OrderStatus.Confirmed);

        return new OrderShipped(Id, tracking, now);
    }

    public OrderDelivered Deliver(DateTimeOffset now)
    {
        Require("deliver", OrderStatus.Shipped);
        return new OrderDelivered(Id, now);
    }

    /// <param name="reasonCode">One of <see cref="CancellationCodes"/>.</param>
    public OrderCancelled Cancel(string? reason, string reasonCode, DateTimeOffset now)
    {
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why) || why.Length > MaxReasonLength || !PlainText.IsPrintable(why))
        {
            throw new InvalidValueException("invalid_reason", $"A reason of 1 to {MaxReasonLength} printable characters is required.");
        }

        Require("cancel", OrderStatus.Pending, OrderStatus.Confirmed, OrderStatus.PaymentExpired);
        return new OrderCancelled(Id, why, now, reasonCode);
    }

    public static Order From(OrderPlaced placed)
    {
        ArgumentNullException.ThrowIfNull(placed);
        return new Order { Id = placed.OrderId, UserName = placed.UserName, Status = OrderStatus.Pending, Totals = placed.Totals, Buyer = placed.Buyer,
            ProductIds = [.. placed.Lines.Select(l => l.ProductId).Distinct()] };
    }

    /// <summary>Moves the state by one event that followed <see cref="OrderPlaced"/>. (Not named Apply: Marten would
    /// take the domain type for a self-aggregating one and require its source generator in this assembly.)</summary>
    public void When(object @event)
    {
        switch (@event)
        {
            case OrderStockReserved:
                IsStockReserved = true;
                break;
            case OrderConfirmed:
                Status = OrderStatus.Confirmed;
                break;
            case OrderShipped:
                Status = OrderStatus.Shipped;
                break;
            case OrderDelivered:
                Status = OrderStatus.Delivered;
                break;
            case OrderCancelled:
                Status = OrderStatus.Cancelled;
                break;
            case OrderPaymentLapsed:
                Status = OrderStatus.PaymentExpired;
                break;
            case IPaymentFact fact:
                Payment = fact.Standing;
                ReceiptUrl = (fact as OrderPaymentAuthorized)?.ReceiptUrl ?? ReceiptUrl;
                break;
            default:
                throw new ArgumentException($"An order has no event {@event?.GetType().Name}.", nameof(@event));
        }
    }

    /// <summary>A reason another context wrote, kept within the limit a person's reason has.</summary>
    private static string Shortened(string reason)
    {
        var line = PlainText.ToOneLine(reason, MaxReasonLength);
        return line.Length == 0 ? "Not enough stock." : line;
    }

    private void Require(string action, params OrderStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new InvalidStateException("invalid_transition", $"An order that is {Status} cannot {action}: only a {string.Join(" or ", allowed)} order can.", Status.ToString());
        }
    }
}
