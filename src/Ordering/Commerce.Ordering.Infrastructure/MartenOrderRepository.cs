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
        // FetchForWriting remembers the version it read; SaveChanges fails if the stream moved on since.
        var stream = await session.Events.FetchForWriting<Order>(orderId, cancellationToken);
        if (stream.Aggregate is null)
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
