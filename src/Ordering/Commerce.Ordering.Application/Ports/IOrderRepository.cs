using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.Ports;

/// <summary>Orders as event streams. Appends commit with the unit of work, or not at all.</summary>
public interface IOrderRepository
{
    void Start(OrderPlaced placed);

    /// <summary>
    /// Rebuilds the order, lets <paramref name="decide"/> produce the next events from it and the version it is at,
    /// and appends them. Throws when the order does not exist. The order is held until the unit of work ends: a
    /// concurrent command waits, then decides on what this one committed (and an If-Match it carries then fails).
    /// </summary>
    /// <returns>The order with the events applied, the events, and the order's version once they are appended.</returns>
    Task<OrderDecision> DecideAsync(Guid orderId, Func<Order, long, IReadOnlyList<object>> decide, CancellationToken cancellationToken);
}

public sealed record OrderDecision(Order Order, IReadOnlyList<object> Events, long Version);
