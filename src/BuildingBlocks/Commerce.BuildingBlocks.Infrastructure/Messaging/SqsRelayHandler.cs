using Commerce.BuildingBlocks.Infrastructure.Sqs;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Handles the durable local relay queue: sends each committed integration event to every queue subscribed to its
/// type. Wolverine deletes the stored envelope only after this returns, so a crash before the send means the event
/// is sent after the restart; consumers ignore the duplicate a crash between two sends can cause.
/// </summary>
public sealed class SqsRelayHandler(SqsSender sender, SqsOptions options, IEnumerable<SqsSubscription> subscriptions)
{
    public async Task Handle(OutgoingIntegrationEvent outgoing, CancellationToken cancellationToken)
    {
        var message = new OutgoingMessage(outgoing.Id.ToString(), outgoing.Type, outgoing.Body, outgoing.CorrelationId, outgoing.TraceParent);
        foreach (var queue in subscriptions.Where(s => s.EventTypes.Contains(outgoing.Type)).Select(s => s.Queue).Distinct())
        {
            await sender.SendAsync(SqsQueueName.For(options.QueuePrefix, queue), [message], cancellationToken);
        }
    }
}
