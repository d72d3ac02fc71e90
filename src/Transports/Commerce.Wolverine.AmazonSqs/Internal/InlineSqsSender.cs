using Microsoft.Extensions.Logging;
using Wolverine.Transports.Sending;

namespace Wolverine.AmazonSqs.Internal;

/// <summary>
/// Sends each envelope on its own as it comes: endpoints configured to send inline, and dead letters (which also
/// carry why they failed, as message attributes).
/// </summary>
internal sealed class InlineSqsSender(AmazonSqsQueue queue, ILogger<InlineSqsSender> logger, bool deadLetters) : ISender
{
    public bool SupportsNativeScheduledSend => false;

    public Uri Destination => queue.Uri;

    public async Task<bool> PingAsync()
    {
        try
        {
            return await queue.Parent.FindQueueUrlAsync(queue.QueueName, CancellationToken.None) is not null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.PingFailed(exception, queue.QueueName);
            return false;
        }
    }

    public async ValueTask SendAsync(Envelope envelope) =>
        await queue.SendAsync(envelope, deadLetters ? SqsFailure.AttributesOf(envelope) : [], CancellationToken.None);
}
