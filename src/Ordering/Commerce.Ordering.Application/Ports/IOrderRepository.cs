using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.Ports;

/// <summary>Orders as event streams. Appends commit with the unit of work, or not at all.</summary>
public interface IOrderRepository
{
    void Start(OrderPlaced placed);

    /// <summary>
    /// Rebuilds the order, lets <paramref name="decide"/> produce the next event, and appends it. Throws when the
    /// order does not exist, when it is not at <paramref name="expectedVersion"/>, and (at commit) when another
    /// request appended to it meanwhile: of two concurrent commands, one wins.
    /// </summary>
    /// <returns>The order with the event applied, the event, and the order's version once it is appended.</returns>
    Task<OrderDecision> DecideAsync(Guid orderId, long? expectedVersion, Func<Order, object> decide, CancellationToken cancellationToken);
}

public sealed record OrderDecision(Order Order, object Event, long Version);
