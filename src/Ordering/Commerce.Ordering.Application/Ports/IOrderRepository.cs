using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.Ports;

/// <summary>Orders as event streams. Appends commit with the unit of work, or not at all.</summary>
public interface IOrderRepository
{
    void Start(OrderPlaced placed);

    /// <summary>
    /// Rebuilds the order, lets <paramref name="decide"/> produce the next events from it and the version it is at,
    /// and appends them. Throws when the order does not exist, and (at commit) when another request appended to it
    /// meanwhile: of two concurrent commands, one wins.
    /// </summary>
    /// <returns>The order with the events applied, the events, and the order's version once they are appended.</returns>
    Task<OrderDecision> DecideAsync(Guid orderId, Func<Order, long, IReadOnlyList<object>> decide, CancellationToken cancellationToken);
}

public sealed record OrderDecision(Order Order, IReadOnlyList<object> Events, long Version);
