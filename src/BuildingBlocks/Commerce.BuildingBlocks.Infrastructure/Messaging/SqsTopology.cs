using Commerce.BuildingBlocks.Infrastructure.Sqs;
using Wolverine;
using Wolverine.AmazonSqs;
using Wolverine.Configuration;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// The message topology, applied to Wolverine: each integration event goes to every queue subscribed to it (durably,
/// from the outbox); each queue whose consumer runs here is listened to with a durable inbox, its consumer stuck to
/// it (the same event is handled separately on each queue), events of one order handled one at a time. Scheduled
/// messages stay in a durable local queue.
/// </summary>
internal sealed class SqsTopology(IEnumerable<QueueSubscription> subscriptions, IEnumerable<ScheduledRoute> scheduled, SqsOptions sqs) : IWolverineExtension
{
    public void Configure(WolverineOptions options)
    {
        var topology = subscriptions.ToList();
        var wire = new IntegrationEventWire(topology.SelectMany(s => s.Events).Distinct());
        foreach (var eventType in topology.SelectMany(s => s.Events).Distinct())
        {
            // The wire names an event by its contract's short name, as it always has (and as other systems send it).
            options.RegisterMessageType(eventType, eventType.Name);
            foreach (var queue in topology.Where(s => s.Events.Contains(eventType)).Select(s => s.Queue).Distinct())
            {
                options.PublishMessage(eventType).ToSqsQueue(queue).UseDurableOutbox().InteropWith(wire)
                    .MessageBatchTimeout(sqs.SendBatchWindow).MessageBatchMaxDegreeOfParallelism(sqs.SendersPerQueue);
            }
        }

        foreach (var subscription in topology.Where(s => s.Consumers.Count > 0).DistinctBy(s => s.Queue))
        {
            foreach (var consumer in subscription.Consumers)
            {
                options.Discovery.IncludeType(consumer);
            }

            options.ListenToSqsQueue(subscription.Queue, queue =>
                {
                    queue.VisibilityTimeout = sqs.VisibilityTimeoutSeconds;
                    queue.WaitTimeSeconds = sqs.WaitTimeSeconds;
                    queue.MaxNumberOfMessages = sqs.MessagesPerReceive;
                    queue.MaxReceiveCount = sqs.MaxReceiveCount;
                })
                .ConfigureDeadLetterQueue(SqsQueueName.DeadLetterOf(SqsQueueName.For(sqs.QueuePrefix, subscription.Queue)))
                .InteropWith(wire)
                .UseDurableInbox()
                .ListenerCount(sqs.ListenerCount)
                .PartitionProcessingByGroupId(PartitionSlots.Five)
                .AddStickyHandlers(subscription.Consumers)
                .Named(subscription.Queue);
        }

        foreach (var route in scheduled)
        {
            options.Discovery.IncludeType(route.Consumer);
            options.PublishMessage(route.Message).ToLocalQueue(ScheduledRoute.LocalQueue).UseDurableInbox();
        }
    }
}

internal static class StickyHandlers
{
    public static ListenerConfiguration<TConfig, TEndpoint> AddStickyHandlers<TConfig, TEndpoint>(this ListenerConfiguration<TConfig, TEndpoint> listener, IEnumerable<Type> handlers)
        where TConfig : ListenerConfiguration<TConfig, TEndpoint>
        where TEndpoint : Endpoint
    {
        foreach (var handler in handlers)
        {
            listener.AddStickyHandler(handler);
        }

        return listener;
    }
}
