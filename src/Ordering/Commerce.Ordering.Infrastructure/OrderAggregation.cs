using Commerce.Ordering.Domain.Orders;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Commerce.Ordering.Infrastructure;

/// <summary>
/// Rebuilds the write-side <see cref="Order"/> from its stream on every command (live, never stored). The domain
/// decides how each event moves the order; this only hands the events over, so the domain needs no Marten code.
/// </summary>
internal sealed class OrderAggregation : SingleStreamProjection<Order, Guid>
{
    public override Order? Evolve(Order? snapshot, Guid id, IEvent e)
    {
        if (e.Data is OrderPlaced placed)
        {
            return Order.From(placed);
        }

        snapshot?.When(e.Data);
        return snapshot;
    }
}
