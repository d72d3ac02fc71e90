using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// One consuming context's queue and the integration events routed to it: a line of the system's message topology.
/// Every host declares every context's subscription, so it publishes to each subscribed queue whether or not that
/// consumer runs in it; only where <see cref="Consumer"/> is set does the host also listen to the queue.
/// </summary>
/// <param name="Queue">The logical name; the transport prefixes it (<c>Sqs:QueuePrefix</c>).</param>
public sealed record QueueSubscription(string Queue, IReadOnlyList<Type> Events, Type? Consumer)
{
    /// <summary>The queue of <typeparamref name="TConsumer"/>, receiving every event it implements <see cref="IIntegrationEventConsumer{TEvent}"/> for.</summary>
    public static QueueSubscription For<TConsumer>(string queue) => new(queue, EventsOf(typeof(TConsumer)), typeof(TConsumer));

    /// <summary>A queue that receives <paramref name="events"/> for someone outside this system (an audit, another service).</summary>
    public static QueueSubscription PublishOnly(string queue, params Type[] events) => new(queue, events, null);

    /// <summary>The same routing, with the consumer running in another process.</summary>
    public QueueSubscription RoutedElsewhere() => this with { Consumer = null };

    private static Type[] EventsOf(Type consumer) =>
        [.. consumer.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventConsumer<>))
            .Select(i => i.GetGenericArguments()[0])];
}
