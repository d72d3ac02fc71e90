using System.Collections.Concurrent;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Commerce.BuildingBlocks.Infrastructure.Sqs;

/// <summary>
/// Finds queue URLs for the operator's tools (dead letters, gauges). It never creates a queue: the transport
/// provisions queues, and an observer creating one under another's name would make it an ordinary queue.
/// </summary>
public sealed class SqsQueues(IAmazonSQS sqs)
{
    private readonly ConcurrentDictionary<string, string> urls = new(StringComparer.Ordinal);

    /// <summary>The queue's URL, or null when it does not exist (yet).</summary>
    public async Task<string?> ExistingUrlOfAsync(string queueName, CancellationToken cancellationToken)
    {
        if (urls.TryGetValue(queueName, out var cached))
        {
            return cached;
        }

        try
        {
            var url = (await sqs.GetQueueUrlAsync(new GetQueueUrlRequest { QueueName = queueName }, cancellationToken)).QueueUrl;
            urls[queueName] = url;
            return url;
        }
        catch (QueueDoesNotExistException)
        {
            return null;
        }
    }
}
