using Commerce.BuildingBlocks.Infrastructure.Sqs;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Handles the durable local relay queue: sends committed integration events, in batches, to every queue subscribed
/// to their type. Wolverine deletes the stored envelope only after this returns, so a crash before the send means the event
/// is sent after the restart; consumers ignore the duplicate a crash between two sends can cause.
/// </summary>
public sealed class SqsRelayHandler(SqsSender sender, SqsOptions options, IEnumerable<SqsSubscription> subscriptions)
{
    public async Task Handle(OutgoingIntegrationEvent[] batch, CancellationToken cancellationToken)
    {
        var byQueue = batch
            .SelectMany(outgoing => subscriptions.Where(s => s.EventTypes.Contains(outgoing.Type)).Select(s => s.Queue).Distinct()
                .Select(queue => (Queue: queue, Message: new OutgoingMessage(outgoing.Id.ToString(), outgoing.Type, outgoing.Body, outgoing.CorrelationId, outgoing.TraceParent))))
            .GroupBy(x => x.Queue, x => x.Message);
        foreach (var messages in byQueue)
        {
            await sender.SendAsync(SqsQueueName.For(options.QueuePrefix, messages.Key), [.. messages], cancellationToken);
        }
    }
}
