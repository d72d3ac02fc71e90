using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.UnitTests;

public class OrderTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static OrderPlaced Placed() => Order.Place(
        Guid.NewGuid(), "ada", [new OrderLine(Guid.NewGuid(), "Widget", 2.5m, 2), new OrderLine(Guid.NewGuid(), "Gadget", 10m, 1)], "USD",
        Buyer.Create("Ada", "Lovelace", "ada@example.com", emailProven: true),
        ShippingAddress.Create("1 Way", "London", null, "N1", "UK"),
        PaymentMethod.Token("pm_card_visa"), Now);

    /// <summary>An order brought to <paramref name="status"/> through the legal path, by replaying its events.</summary>
    private static Order OrderIn(OrderStatus status)
    {
        var placed = Placed();
        var order = Order.From(placed);
        object[] confirmed = [new OrderPaymentAuthorized(placed.OrderId, new PaymentStanding(2, PaymentStatus.Authorized, 15m, 0, 0), "visa", "4242", Now),
            new OrderStockReserved(placed.OrderId, Now), new OrderConfirmed(placed.OrderId, Now)];
        object[] path = status switch
        {
            OrderStatus.Pending => [],
            OrderStatus.Confirmed => confirmed,
            OrderStatus.PaymentExpired => [.. confirmed, new OrderPaymentExpired(placed.OrderId, new PaymentStanding(3, PaymentStatus.Expired, 15m, 0, 0), "automatic", Now),
                new OrderPaymentLapsed(placed.OrderId, Now.AddDays(2), Now)],
            OrderStatus.Shipped => [.. confirmed, new OrderShipped(placed.OrderId, "T1", Now)],
            OrderStatus.Delivered => [.. confirmed, new OrderShipped(placed.OrderId, "T1", Now), new OrderDelivered(placed.OrderId, Now)],
            _ => [new OrderCancelled(placed.OrderId, "no", Now)],
        };
        foreach (var e in path)
        {
            order.When(e);
        }

        order.Status.Should().Be(status);
        return order;
    }

    private static readonly Dictionary<string, Func<Order, IEnumerable<object>>> Actions = new()
    {
        ["stock reserved"] = o => o.RecordStockReserved(Now),
        ["confirm"] = o => [o.Confirm(Now)],
        ["ship"] = o => [o.Ship("TRACK-1", Now)],
        ["deliver"] = o => [o.Deliver(Now)],
        ["cancel"] = o => [o.Cancel("Changed my mind", CancellationCodes.ByCustomer, Now)],
    };

    public static TheoryData<OrderStatus, string, OrderStatus> Allowed() => new()
    {
        { OrderStatus.Pending, "stock reserved", OrderStatus.Pending },
        { OrderStatus.Confirmed, "ship", OrderStatus.Shipped },
        { OrderStatus.Shipped, "deliver", OrderStatus.Delivered },
        { OrderStatus.Pending, "cancel", OrderStatus.Cancelled },
        { OrderStatus.Confirmed, "cancel", OrderStatus.Cancelled },
        { OrderStatus.PaymentExpired, "cancel", OrderStatus.Cancelled },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_transition_yields_the_event_that_moves_the_order(OrderStatus from, string action, OrderStatus to)
    {
        var order = OrderIn(from);

        foreach (var happened in Actions[action](order).ToList())
        {
            order.When(happened);
        }

        order.Status.Should().Be(to);
    }

    public static TheoryData<OrderStatus, string> Forbidden()
    {
        var allowed = Allowed().Select(row => ((OrderStatus)row[0], (string)row[1])).ToHashSet();
        var data = new TheoryData<OrderStatus, string>();
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            foreach (var action in Actions.Keys.Where(a => !allowed.Contains((status, a))))
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Every_other_transition_is_refused_with_the_current_status(OrderStatus from, string action)
    {
        var order = OrderIn(from);

        var refusal = ((Func<List<object>>)(() => Actions[action](order).ToList())).Should().Throw<InvalidStateException>().Which;

        refusal.Code.Should().Be((from, action) switch
        {
            (OrderStatus.Pending, "confirm") => "stock_not_reserved",
            (OrderStatus.PaymentExpired, "ship") => "payment_not_authorized",
            _ => "invalid_transition",
        });
        refusal.CurrentState.Should().Be(from.ToString());
        order.Status.Should().Be(from);
    }

    [Fact]
    public void Forbidden_transitions_cover_the_rest_of_the_table() =>
        Forbidden().Count.Should().Be((Enum.GetValues<OrderStatus>().Length * Actions.Count) - Allowed().Count);

    [Fact]
    public void Stock_reserved_for_an_order_cancelled_meanwhile_is_refused_and_the_order_stays_cancelled()
    {
        var order = OrderIn(OrderStatus.Cancelled);

        ((Action)(() => order.RecordStockReserved(Now))).Should().Throw<InvalidStateException>();

        order.Should().BeEquivalentTo(new { Status = OrderStatus.Cancelled, IsStockReserved = false });
    }

    [Fact]
    public void Placing_computes_the_totals_from_the_lines()
    {
        var placed = Placed();

        placed.Totals.Should().Be(new OrderTotals(ItemCount: 3, Subtotal: 15m, Total: 15m, Currency: "USD"));
        Order.From(placed).Status.Should().Be(OrderStatus.Pending);
    }

    [Fact]
    public void An_order_needs_lines()
    {
        var act = () => Order.Place(Guid.NewGuid(), "ada", [], "USD", Buyer.Create("A", "B", "a@b.co", emailProven: true),
            ShippingAddress.Create("s", "c", null, "z", "UK"), new PaymentMethod("Visa", "1111"), Now);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("basket_empty");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("TRACK-1\r\nSubject: hi")]
    public void Shipping_needs_a_tracking_number(string? tracking) =>
        ((Action)(() => OrderIn(OrderStatus.Confirmed).Ship(tracking, Now))).Should().Throw<InvalidValueException>()
            .Which.Code.Should().Be("invalid_tracking_number");

    [Theory]
    [InlineData("")]
    [InlineData("Changed my mind\u0000")]
    public void Cancelling_needs_a_reason_of_printable_text(string reason) =>
        ((Action)(() => OrderIn(OrderStatus.Pending).Cancel(reason, CancellationCodes.ByCustomer, Now))).Should().Throw<InvalidValueException>()
            .Which.Code.Should().Be("invalid_reason");

    [Fact]
    public void A_reason_may_span_lines() =>
        OrderIn(OrderStatus.Pending).Cancel("Changed my mind.\nSorry.", CancellationCodes.ByCustomer, Now).Reason.Should().Be("Changed my mind.\nSorry.");

    [Fact]
    public void Replaying_an_event_the_order_does_not_know_is_an_error() =>
        ((Action)(() => OrderIn(OrderStatus.Pending).When("not an event"))).Should().Throw<ArgumentException>();
}
