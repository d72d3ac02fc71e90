using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// One consuming context's queue and the integration events routed to it: a line of the system's message topology.
/// Every host declares every context's subscription, so it publishes to each subscribed queue whether or not that
/// consumer runs in it; only where <see cref="Consumers"/> are set does the host also listen to the queue.
/// </summary>
/// <param name="Queue">The logical name; the transport prefixes it (<c>Sqs:QueuePrefix</c>).</param>
public sealed record QueueSubscription(string Queue, IReadOnlyList<Type> Events, IReadOnlyList<Type> Consumers)
{
    /// <summary>The queue of <typeparamref name="TConsumer"/>, receiving every event it implements <see cref="IIntegrationEventConsumer{TEvent}"/> for.</summary>
    public static QueueSubscription For<TConsumer>(string queue) => For(queue, typeof(TConsumer));

    /// <summary>One queue for several consumers of a context, receiving every event any of them consumes.</summary>
    public static QueueSubscription For(string queue, params Type[] consumers) =>
        new(queue, [.. consumers.SelectMany(EventsOf).Distinct()], consumers);

    /// <summary>A queue that receives <paramref name="events"/> for someone outside this system (an audit, another service).</summary>
    public static QueueSubscription PublishOnly(string queue, params Type[] events) => new(queue, events, []);

    /// <summary>The same routing, with the consumers running in another process.</summary>
    public QueueSubscription RoutedElsewhere() => this with { Consumers = [] };

    private static Type[] EventsOf(Type consumer) =>
        [.. consumer.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventConsumer<>))
            .Select(i => i.GetGenericArguments()[0])];
}
