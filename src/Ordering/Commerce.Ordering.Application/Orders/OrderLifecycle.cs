using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.Orders;

/// <summary>
/// What every lifecycle command does: check who asks and which version they read, decide on the current order, append,
/// and tell other contexts.
/// </summary>
internal sealed class OrderLifecycle(IOrderRepository orders, IIntegrationEvents events)
{
    /// <param name="owner">When set, only this user's order; anyone else's is "not found", before its version is
    /// compared, so the answer tells nothing about an order that is not theirs.</param>
    /// <param name="expectedVersion">The version the caller read (If-Match); null skips the check.</param>
    public async Task<OrderChanged> ChangeAsync(
        Guid orderId,
        string? owner,
        long? expectedVersion,
        Func<Order, IReadOnlyList<object>> decide,
        CancellationToken cancellationToken)
    {
        var decision = await orders.DecideAsync(orderId, (order, version) =>
        {
            if (owner is not null && order.UserName != owner)
            {
                throw new NotFoundException("Order", orderId);
            }

            return expectedVersion is { } expected && expected != version
                ? throw new PreconditionFailedException(expected, version)
                : decide(order);
        }, cancellationToken);
        foreach (var told in decision.Events.Select(e => IntegrationEventsOf.Decided(decision.Order, e)).OfType<object>())
        {
            await events.PublishAsync(told, cancellationToken);
        }

        return new OrderChanged(orderId, decision.Order.Status, decision.Version);
    }

    public Task<OrderChanged> ChangeAsync(
        Guid orderId, string? owner, long? expectedVersion, Func<Order, object> decide, CancellationToken cancellationToken) =>
        ChangeAsync(orderId, owner, expectedVersion, order => [decide(order)], cancellationToken);
}
