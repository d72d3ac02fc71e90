using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.CheckoutDeadline;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.UnitTests;

/// <summary>
/// Every order's deadline comes, and nearly every order is settled long before it: the deadline of a settled order
/// must cost a read, not a hold on the order's stream.
/// </summary>
public class CheckoutDeadlineTests
{
    [Theory]
    [InlineData(OrderStatus.Confirmed)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Shipped)]
    public async Task The_deadline_of_a_settled_order_reads_it_and_leaves_its_stream_alone(OrderStatus status)
    {
        var view = new OrderView { Id = Guid.NewGuid(), Status = status, Version = 4 };
        var handler = new TimeOutCheckoutHandler(new OrderLifecycle(new UntouchableOrders(), new NoEvents()), new OneOrder(view), TimeProvider.System);

        var changed = await handler.Handle(new TimeOutCheckout(view.Id, TimeSpan.FromMinutes(10)), CancellationToken.None);

        changed.Should().Be(new OrderChanged(view.Id, status, 4));
    }

    [Fact]
    public async Task The_deadline_of_a_pending_order_cancels_it_on_its_stream_as_timed_out()
    {
        var placed = Order.Place(
            Guid.NewGuid(), "ada", [new OrderLine(Guid.NewGuid(), "Widget", 10m, 1)], "USD",
            Buyer.Create("Ada", "Lovelace", "ada@example.com", emailProven: true), ShippingAddress.Create("1 Way", "London", null, "N1", "UK"),
            PaymentMethod.Token("pm_card_visa"), DateTimeOffset.UtcNow);
        var stream = new OneStream(Order.From(placed));
        var told = new ToldEvents();
        var handler = new TimeOutCheckoutHandler(new OrderLifecycle(stream, told), new OneOrder(new OrderView { Id = placed.OrderId, Status = OrderStatus.Pending, Version = 1 }), TimeProvider.System);

        var changed = await handler.Handle(new TimeOutCheckout(placed.OrderId, TimeSpan.FromMinutes(10)), CancellationToken.None);

        changed.Should().Be(new OrderChanged(placed.OrderId, OrderStatus.Cancelled, 2));
        stream.Appended.Should().ContainSingle().Which.Should().BeOfType<OrderCancelled>().Which.ReasonCode.Should().Be(CancellationCodes.TimedOut);
        told.Events.Should().NotBeEmpty("Inventory and Payments must release what they hold");
    }

    private sealed class OneStream(Order order) : IOrderRepository
    {
        public List<object> Appended { get; } = [];

        public void Start(OrderPlaced placed) => throw new InvalidOperationException("No order is started by a deadline.");

        public Task<OrderDecision> DecideAsync(Guid orderId, Func<Order, long, IReadOnlyList<object>> decide, CancellationToken cancellationToken)
        {
            var decided = decide(order, 1);
            foreach (var @event in decided)
            {
                order.When(@event);
                Appended.Add(@event);
            }

            return Task.FromResult(new OrderDecision(order, decided, 1 + decided.Count));
        }
    }

    private sealed class ToldEvents : IIntegrationEvents
    {
        public List<object> Events { get; } = [];

        public Task PublishAsync(object integrationEvent, CancellationToken cancellationToken)
        {
            Events.Add(integrationEvent);
            return Task.CompletedTask;
        }
    }

    private sealed class UntouchableOrders : IOrderRepository
    {
        public void Start(OrderPlaced placed) => throw new InvalidOperationException("No order is started by a deadline.");

        public Task<OrderDecision> DecideAsync(Guid orderId, Func<Order, long, IReadOnlyList<object>> decide, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A settled order's stream was fetched for writing.");
    }

    private sealed class OneOrder(OrderView view) : IOrderQueries
    {
        public Task<OrderView?> FindAsync(Guid orderId, CancellationToken cancellationToken) => Task.FromResult(orderId == view.Id ? view : null);

        public Task<PagedResult<OrderView>> ListAsync(OrderFilter filter, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<OrderView>> ListAfterAsync(OrderFilter filter, Application.ListOrdersByCursor.OrderCursor? after, int take, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<RecordedOrderEvent>?> HistoryAsync(Guid orderId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class NoEvents : IIntegrationEvents
    {
        public Task PublishAsync(object integrationEvent, CancellationToken cancellationToken) => throw new InvalidOperationException("A settled order's deadline tells no one.");
    }
}
