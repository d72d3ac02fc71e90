using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Commerce.BuildingBlocks.Infrastructure.Sqs;

/// <summary>
/// Resolves queue URLs, creating a missing queue with its dead-letter queue and redrive policy when
/// <see cref="SqsOptions.AutoProvisionQueues"/> is on, and failing clearly when it is off.
/// </summary>
public sealed class SqsQueues(IAmazonSQS sqs, SqsOptions options)
{
    private readonly ConcurrentDictionary<string, string> urls = new(StringComparer.Ordinal);

    public async Task<string> UrlOfAsync(string queueName, CancellationToken cancellationToken)
    {
        if (urls.TryGetValue(queueName, out var cached))
        {
            return cached;
        }

        var url = await FindAsync(queueName, cancellationToken)
            ?? (options.AutoProvisionQueues
                ? await CreateWithDeadLetterAsync(queueName, cancellationToken)
                : throw new InvalidOperationException(
                    $"SQS queue '{queueName}' does not exist. Create it (with '{SqsQueueName.DeadLetterOf(queueName)}' as its dead-letter queue) or set Sqs:AutoProvisionQueues."));
        urls[queueName] = url;
        return url;
    }

    /// <summary>The queue's URL if it exists; never creates it (an observer must not provision queues under another's name).</summary>
    public async Task<string?> ExistingUrlOfAsync(string queueName, CancellationToken cancellationToken)
    {
        if (urls.TryGetValue(queueName, out var cached))
        {
            return cached;
        }

        var url = await FindAsync(queueName, cancellationToken);
        if (url is not null)
        {
            urls[queueName] = url;
        }

        return url;
    }

    /// <summary>Drops a cached URL after SQS said the queue is gone, so the next use resolves (or re-creates) it.</summary>
    public void Forget(string queueName) => urls.TryRemove(queueName, out _);

    private async Task<string?> FindAsync(string queueName, CancellationToken cancellationToken)
    {
        try
        {
            return (await sqs.GetQueueUrlAsync(new GetQueueUrlRequest { QueueName = queueName }, cancellationToken)).QueueUrl;
        }
        catch (QueueDoesNotExistException)
        {
            return null;
        }
    }

    private async Task<string> CreateWithDeadLetterAsync(string queueName, CancellationToken cancellationToken)
    {
        var deadLetterUrl = (await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = SqsQueueName.DeadLetterOf(queueName) }, cancellationToken)).QueueUrl;
        var deadLetterArn = (await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
        {
            QueueUrl = deadLetterUrl,
            AttributeNames = ["QueueArn"],
        }, cancellationToken)).Attributes?.GetValueOrDefault("QueueArn")
            ?? throw new InvalidOperationException($"SQS did not report the ARN of '{SqsQueueName.DeadLetterOf(queueName)}'.");

        var redrive = JsonSerializer.Serialize(new { deadLetterTargetArn = deadLetterArn, maxReceiveCount = options.MaxReceiveCount });
        return (await sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = queueName,
            Attributes = new Dictionary<string, string>
            {
                ["RedrivePolicy"] = redrive,
                ["VisibilityTimeout"] = options.VisibilityTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
            },
        }, cancellationToken)).QueueUrl;
    }
}
