using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.UnitTests;

/// <summary>The order as the checkout's process manager: confirmed on stock and payment, cancelled by either's failure or the deadline.</summary>
public class CheckoutSagaTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = TimeSpan.FromDays(2);

    private static Order Pending()
    {
        var placed = Order.Place(
            Guid.NewGuid(), "ada", [new OrderLine(Guid.NewGuid(), "Widget", 10m, 1)], "USD",
            Buyer.Create("Ada", "Lovelace", "ada@example.com", emailProven: true), ShippingAddress.Create("1 Way", "London", null, "N1", "UK"),
            PaymentMethod.Token("pm_card_visa"), Now);
        return Order.From(placed);
    }

    private static OrderPaymentAuthorized Authorized(Order order, int version = 2) =>
        new(order.Id, new PaymentStanding(version, PaymentStatus.Authorized, 10m, 0, 0), "visa", "4242", Now);

    private static OrderPaymentDeclined Declined(Order order, int version = 2) =>
        new(order.Id, new PaymentStanding(version, PaymentStatus.Declined, 0, 0, 0), "card_declined", Now);

    private static IReadOnlyList<object> Apply(Order order, IReadOnlyList<object> decided)
    {
        foreach (var e in decided)
        {
            order.When(e);
        }

        return decided;
    }

    [Fact]
    public void Stock_first_then_payment_confirms()
    {
        var order = Pending();
        Apply(order, order.RecordStockReserved(Now)).Should().ContainSingle().Which.Should().BeOfType<OrderStockReserved>();

        Apply(order, order.RecordPayment(Authorized(order), Grace, Now)).Select(e => e.GetType()).Should().Equal(typeof(OrderPaymentAuthorized), typeof(OrderConfirmed));
        order.Status.Should().Be(OrderStatus.Confirmed);
    }

    [Fact]
    public void Payment_first_then_stock_confirms()
    {
        var order = Pending();
        Apply(order, order.RecordPayment(Authorized(order), Grace, Now));
        order.Status.Should().Be(OrderStatus.Pending);

        Apply(order, order.RecordStockReserved(Now)).Select(e => e.GetType()).Should().Equal(typeof(OrderStockReserved), typeof(OrderConfirmed));
        order.Should().BeEquivalentTo(new { Status = OrderStatus.Confirmed, IsStockReserved = true, IsPaymentAuthorized = true });
    }

    [Fact]
    public void A_declined_payment_cancels_with_payment_declined()
    {
        var order = Pending();
        Apply(order, order.RecordStockReserved(Now));

        var cancelled = Apply(order, order.RecordPayment(Declined(order), Grace, Now)).OfType<OrderCancelled>().Single();

        cancelled.ReasonCode.Should().Be(CancellationCodes.PaymentDeclined);
        order.Should().BeEquivalentTo(new { Status = OrderStatus.Cancelled, Payment = new { Status = PaymentStatus.Declined } });
    }

    [Fact]
    public void A_stock_shortage_cancels_with_out_of_stock_and_keeps_a_long_reason_within_the_limit()
    {
        var order = Pending();
        Apply(order, order.RecordPayment(Authorized(order), Grace, Now));

        var cancelled = Apply(order, order.RecordStockShortage(new string('x', 2000), Now)).Cast<OrderCancelled>().Single();

        cancelled.ReasonCode.Should().Be(CancellationCodes.OutOfStock);
        cancelled.Reason.Length.Should().BeLessThanOrEqualTo(Order.MaxReasonLength);
    }

    [Fact]
    public void The_deadline_cancels_a_pending_order_with_timed_out_and_leaves_a_confirmed_one()
    {
        var waiting = Pending();
        Apply(waiting, waiting.RecordStockReserved(Now));
        Apply(waiting, waiting.TimeOut(TimeSpan.FromMinutes(10), Now)).Cast<OrderCancelled>().Single()
            .Should().BeEquivalentTo(new { ReasonCode = CancellationCodes.TimedOut });
        waiting.Status.Should().Be(OrderStatus.Cancelled);

        var confirmed = Pending();
        Apply(confirmed, confirmed.RecordStockReserved(Now));
        Apply(confirmed, confirmed.RecordPayment(Authorized(confirmed), Grace, Now));
        confirmed.TimeOut(TimeSpan.FromMinutes(10), Now).Should().BeEmpty();
    }

    [Fact]
    public void A_late_or_repeated_payment_fact_changes_nothing()
    {
        var order = Pending();
        Apply(order, order.RecordPayment(Declined(order, version: 3), Grace, Now));

        order.RecordPayment(Declined(order, version: 3), Grace, Now).Should().BeEmpty("the same fact again");
        order.RecordPayment(Authorized(order, version: 2), Grace, Now).Should().BeEmpty("an older fact");
        order.Status.Should().Be(OrderStatus.Cancelled);
    }

    [Fact]
    public void An_authorization_for_a_cancelled_order_is_recorded_but_does_not_revive_it()
    {
        var order = Pending();
        Apply(order, [order.Cancel("Changed my mind", CancellationCodes.ByCustomer, Now)]);

        Apply(order, order.RecordPayment(Authorized(order), Grace, Now)).Should().ContainSingle().Which.Should().BeOfType<OrderPaymentAuthorized>();
        order.Status.Should().Be(OrderStatus.Cancelled);
    }

    [Fact]
    public void An_operator_confirms_only_when_both_stock_and_payment_are_in()
    {
        var order = Pending();
        Apply(order, order.RecordStockReserved(Now));

        ((Action)(() => order.Confirm(Now))).Should().Throw<InvalidStateException>().Which.Code.Should().Be("payment_not_authorized");
    }

    private static Order Confirmed()
    {
        var order = Pending();
        Apply(order, order.RecordStockReserved(Now));
        Apply(order, order.RecordPayment(Authorized(order), Grace, Now));
        return order;
    }

    private static OrderPaymentExpired Expired(Order order, int version = 3) =>
        new(order.Id, new PaymentStanding(version, PaymentStatus.Expired, 10m, 0, 0), "automatic", Now);

    [Fact]
    public void A_confirmed_order_whose_authorization_lapsed_cannot_ship_and_waits_out_its_grace()
    {
        var order = Confirmed();

        var decided = Apply(order, order.RecordPayment(Expired(order), Grace, Now));

        decided.Select(e => e.GetType()).Should().Equal(typeof(OrderPaymentExpired), typeof(OrderPaymentLapsed));
        decided.OfType<OrderPaymentLapsed>().Single().CancelAt.Should().Be(Now + Grace);
        order.Status.Should().Be(OrderStatus.PaymentExpired);
        ((Action)(() => order.Ship("1Z", Now))).Should().Throw<InvalidStateException>().Which.Code.Should().Be("payment_not_authorized");
        var cancelled = Apply(order, order.EndPaymentGrace(Now + Grace)).Cast<OrderCancelled>().Single();
        cancelled.ReasonCode.Should().Be(CancellationCodes.PaymentExpired);
        order.EndPaymentGrace(Now + Grace).Should().BeEmpty("a cancelled order's grace ends with nothing to do");
    }

    [Fact]
    public void Staff_may_cancel_an_order_whose_payment_lapsed_and_its_grace_then_changes_nothing()
    {
        var order = Confirmed();
        Apply(order, order.RecordPayment(Expired(order), Grace, Now));

        Apply(order, [order.Cancel("Buyer asked", CancellationCodes.ByStaff, Now)]);

        order.Status.Should().Be(OrderStatus.Cancelled);
        order.EndPaymentGrace(Now + Grace).Should().BeEmpty();
    }

    [Fact]
    public void A_confirmed_order_ships_only_while_its_payment_is_authorized()
    {
        var order = Confirmed();
        Apply(order, order.RecordPayment(new OrderPaymentVoided(order.Id, new PaymentStanding(3, PaymentStatus.Voided, 10m, 0, 0), Now), Grace, Now));

        order.Status.Should().Be(OrderStatus.Confirmed, "a void is only recorded");
        ((Action)(() => order.Ship("1Z", Now))).Should().Throw<InvalidStateException>().Which.Code.Should().Be("payment_not_authorized");
    }

    [Fact]
    public void A_lapse_that_reaches_a_shipped_or_pending_order_is_only_recorded()
    {
        var shipped = Confirmed();
        Apply(shipped, [shipped.Ship("1Z", Now)]);
        Apply(shipped, shipped.RecordPayment(Expired(shipped), Grace, Now)).Should().ContainSingle().Which.Should().BeOfType<OrderPaymentExpired>();
        shipped.Status.Should().Be(OrderStatus.Shipped);

        var pending = Pending();
        Apply(pending, pending.RecordPayment(Authorized(pending), Grace, Now));
        Apply(pending, pending.RecordPayment(Expired(pending), Grace, Now)).Should().ContainSingle();
        pending.Status.Should().Be(OrderStatus.Pending);
        Apply(pending, pending.RecordStockReserved(Now)).Should().ContainSingle("a payment that lapsed before the stock came confirms nothing");
        pending.Status.Should().Be(OrderStatus.Pending);
    }
}
