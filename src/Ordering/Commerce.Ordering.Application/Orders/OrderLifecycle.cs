using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.Orders;

/// <summary>What every lifecycle command does: decide on the current order, append, and tell other contexts.</summary>
internal static class OrderLifecycle
{
    public static async Task<OrderChanged> ChangeAsync(
        this IOrderRepository orders,
        IIntegrationEvents events,
        Guid orderId,
        long? expectedVersion,
        Func<Order, IReadOnlyList<object>> decide,
        CancellationToken cancellationToken)
    {
        var decision = await orders.DecideAsync(orderId, expectedVersion, decide, cancellationToken);
        foreach (var told in decision.Events.Select(e => IntegrationEventsOf.Decided(decision.Order, e)).OfType<object>())
        {
            await events.PublishAsync(told, cancellationToken);
        }

        return new OrderChanged(orderId, decision.Order.Status, decision.Version);
    }

    public static Task<OrderChanged> ChangeAsync(
        this IOrderRepository orders, IIntegrationEvents events, Guid orderId, long? expectedVersion, Func<Order, object> decide, CancellationToken cancellationToken) =>
        orders.ChangeAsync(events, orderId, expectedVersion, order => [decide(order)], cancellationToken);
}
