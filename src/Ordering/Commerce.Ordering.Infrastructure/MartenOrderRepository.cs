using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;
using Marten;

namespace Commerce.Ordering.Infrastructure;

internal sealed class MartenOrderRepository(IDocumentSession session) : IOrderRepository
{
    public void Start(OrderPlaced placed) => session.Events.StartStream<Order>(placed.OrderId, placed);

    public async Task<OrderDecision> DecideAsync(Guid orderId, Func<Order, long, IReadOnlyList<object>> decide, CancellationToken cancellationToken)
    {
        // The stream's row is locked until the commit: a command on an order another one is changing waits for it and
        // decides on its result, so the saga's messages and a customer's click never bounce off each other with a 409.
        // One order sees a handful of commands in its life; waiting costs less than a retry.
        // Marten refuses the empty id as a stream's: no order has it, so it is not found like any unknown id.
        var stream = orderId == Guid.Empty ? null : await session.Events.FetchForExclusiveWriting<Order>(orderId, cancellationToken);
        if (stream?.Aggregate is null)
        {
            throw new NotFoundException("Order", orderId);
        }

        var version = stream.CurrentVersion ?? 0;
        var decided = decide(stream.Aggregate, version);
        foreach (var @event in decided)
        {
            stream.AppendOne(@event);
            stream.Aggregate.When(@event);
        }

        return new OrderDecision(stream.Aggregate, decided, version + decided.Count);
    }
}
