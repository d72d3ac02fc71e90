using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using Commerce.BuildingBlocks.Application.DeadLetters;
using Commerce.BuildingBlocks.Domain;
using Commerce.BuildingBlocks.Infrastructure.Sqs;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// The dead-letter queue of each queue this host consumes. Redriving sends a message back with its body and
/// attributes (under a redelivery id: see <see cref="IntegrationEventWire.RedeliveryId"/>) and only then deletes it
/// from the dead-letter queue: a failure in between leaves a copy in both, never in neither.
/// </summary>
internal sealed class SqsDeadLetters(IAmazonSQS sqs, SqsQueues queues, SqsOptions options, IEnumerable<QueueSubscription> subscriptions) : IDeadLetters
{
    private const int BodyExcerpt = 2000;

    private readonly string[] consumed = [.. subscriptions.Where(s => s.Consumers.Count > 0).Select(s => SqsQueueName.For(options.QueuePrefix, s.Queue)).Distinct()];

    public async Task<IReadOnlyList<DeadLetterSummary>> ListAsync(int sampleSize, CancellationToken cancellationToken)
    {
        var result = new List<DeadLetterSummary>();
        foreach (var queue in consumed)
        {
            var name = SqsQueueName.DeadLetterOf(queue);
            if (await queues.ExistingUrlOfAsync(name, cancellationToken) is not { } url)
            {
                result.Add(new DeadLetterSummary(queue, name, 0, []));
                continue;
            }

            var count = (await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
            {
                QueueUrl = url,
                AttributeNames = ["ApproximateNumberOfMessages"],
            }, cancellationToken)).ApproximateNumberOfMessages;
            var sample = sampleSize == 0 || count == 0 ? [] : await PeekAsync(url, sampleSize, cancellationToken);
            result.Add(new DeadLetterSummary(queue, name, count, sample));
        }

        return result;
    }

    public async Task<IReadOnlyList<Redriven>> RedriveAsync(string? queue, int max, CancellationToken cancellationToken)
    {
        if (queue is not null && !consumed.Contains(queue, StringComparer.Ordinal))
        {
            throw new NotFoundException("Consuming queue", queue);
        }

        var result = new List<Redriven>();
        foreach (var source in queue is null ? consumed : [queue])
        {
            if (await queues.ExistingUrlOfAsync(SqsQueueName.DeadLetterOf(source), cancellationToken) is not { } deadLetterUrl)
            {
                result.Add(new Redriven(source, 0));
                continue;
            }

            var sourceUrl = await queues.ExistingUrlOfAsync(source, cancellationToken) ?? throw new NotFoundException("Consuming queue", source);
            var moved = 0;
            while (moved < max)
            {
                var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
                {
                    QueueUrl = deadLetterUrl,
                    MaxNumberOfMessages = Math.Min(10, max - moved),
                    VisibilityTimeout = 60,
                    WaitTimeSeconds = 0,
                    MessageAttributeNames = ["All"],
                }, cancellationToken);
                if (received.Messages is not { Count: > 0 } messages)
                {
                    break;
                }

                foreach (var message in messages)
                {
                    await sqs.SendMessageAsync(new SendMessageRequest
                    {
                        QueueUrl = sourceUrl,
                        MessageBody = message.Body,
                        MessageAttributes = Redelivered(message),
                    }, cancellationToken);
                    await sqs.DeleteMessageAsync(new DeleteMessageRequest { QueueUrl = deadLetterUrl, ReceiptHandle = message.ReceiptHandle }, CancellationToken.None);
                    moved++;
                }
            }

            result.Add(new Redriven(source, moved));
        }

        return result;
    }

    /// <summary>The message as it first came, under a redelivery id, without the failure it carried into the dead letters.</summary>
    private static Dictionary<string, MessageAttributeValue> Redelivered(Message message)
    {
        var attributes = new Dictionary<string, MessageAttributeValue>(message.MessageAttributes ?? [], StringComparer.Ordinal);
        attributes.Remove("exception-type");
        attributes.Remove("exception-message");
        var originalId = attributes.TryGetValue(IntegrationEventWire.MessageId, out var id) ? id.StringValue : message.MessageId;
        attributes[IntegrationEventWire.MessageId] = new MessageAttributeValue
        {
            DataType = "String",
            StringValue = IntegrationEventWire.RedeliveryId(originalId, message.MessageId),
        };
        return attributes;
    }

    /// <summary>Reads without taking: a zero visibility timeout leaves each message where it was.</summary>
    private async Task<IReadOnlyList<DeadLetter>> PeekAsync(string url, int sampleSize, CancellationToken cancellationToken)
    {
        var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = url,
            MaxNumberOfMessages = sampleSize,
            VisibilityTimeout = 0,
            WaitTimeSeconds = 0,
            MessageAttributeNames = ["All"],
            MessageSystemAttributeNames = ["ApproximateReceiveCount", "SentTimestamp"],
        }, cancellationToken);
        return [.. (received.Messages ?? []).Select(ToDeadLetter)];
    }

    private static DeadLetter ToDeadLetter(Message message)
    {
        var attributes = message.MessageAttributes ?? [];
        string? Attribute(string name) => attributes.TryGetValue(name, out var value) ? value.StringValue : null;
        var system = message.Attributes ?? [];
        var receiveCount = int.TryParse(system.GetValueOrDefault("ApproximateReceiveCount"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
        DateTimeOffset? sentAt = long.TryParse(system.GetValueOrDefault("SentTimestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
        var body = message.Body.Length <= BodyExcerpt ? message.Body : message.Body[..BodyExcerpt];
        return new DeadLetter(Attribute(IntegrationEventWire.MessageId) ?? message.MessageId, Attribute(IntegrationEventWire.MessageType) ?? string.Empty, receiveCount, sentAt, body);
    }
}
