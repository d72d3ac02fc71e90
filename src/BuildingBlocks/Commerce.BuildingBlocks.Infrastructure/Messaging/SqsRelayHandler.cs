using System.Diagnostics;
using Commerce.BuildingBlocks.Application.Diagnostics;
using Commerce.BuildingBlocks.Infrastructure.Sqs;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Handles the durable local relay queue: sends committed integration events, in batches, to every queue subscribed
/// to their type. Wolverine deletes the stored envelope only after this returns, so a crash before the send means the event
/// is sent after the restart; consumers ignore the duplicate a crash between two sends can cause.
/// </summary>
public sealed class SqsRelayHandler(SqsSender sender, SqsOptions options, IEnumerable<SqsSubscription> subscriptions, TimeProvider clock)
{
    public async Task Handle(OutgoingIntegrationEvent[] batch, CancellationToken cancellationToken)
    {
        // One producer span per event, in the trace of the request that published it (a batch mixes many traces);
        // consumers continue that trace from the span's id, carried in the message's traceparent attribute.
        var spans = batch.ToDictionary(e => e.Id, e => CommerceDiagnostics.Source.StartActivity(
            $"{e.Type} publish", ActivityKind.Producer, e.TraceParent));
        try
        {
            var byQueue = batch
                .SelectMany(outgoing => subscriptions.Where(s => s.EventTypes.Contains(outgoing.Type)).Select(s => s.Queue).Distinct()
                    .Select(queue => (Queue: queue, Message: new OutgoingMessage(
                        outgoing.Id.ToString(), outgoing.Type, outgoing.Body, outgoing.CorrelationId, spans[outgoing.Id]?.Id ?? outgoing.TraceParent))))
                .GroupBy(x => x.Queue, x => x.Message);
            foreach (var messages in byQueue)
            {
                await sender.SendAsync(SqsQueueName.For(options.QueuePrefix, messages.Key), [.. messages], cancellationToken);
            }
        }
        catch (Exception exception)
        {
            foreach (var span in spans.Values)
            {
                span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            }

            throw;
        }
        finally
        {
            foreach (var span in spans.Values)
            {
                span?.Dispose();
            }
        }

        var now = clock.GetUtcNow();
        foreach (var outgoing in batch)
        {
            var type = new KeyValuePair<string, object?>("event.type", outgoing.Type);
            CommerceDiagnostics.EventsRelayed.Add(1, type);
            if (outgoing.PublishedAt is { } publishedAt)
            {
                CommerceDiagnostics.RelayLag.Record((now - publishedAt).TotalMilliseconds, type);
            }
        }
    }
}
