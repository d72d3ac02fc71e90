using System.Text;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Commerce.BuildingBlocks.Infrastructure.Sqs;

/// <summary>
/// Sends messages in batches of up to ten (and up to SQS's byte limit per batch). Entries SQS refuses are retried
/// alone, a few times; what is still refused is reported, never dropped. A message too large for SQS fails at once.
/// </summary>
public sealed class SqsSender(IAmazonSQS sqs, SqsQueues queues)
{
    private const int MaxBatchCount = 10;
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];

    public async Task SendAsync(string queueName, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var entries = messages.Select(ToEntry).ToList();
        foreach (var batch in Batches(entries))
        {
            try
            {
                await SendBatchAsync(await queues.UrlOfAsync(queueName, cancellationToken), batch, cancellationToken);
            }
            catch (QueueDoesNotExistException)
            {
                // The queue went away under a cached URL (an emulator restart, a deleted queue): resolve it again,
                // which re-creates it when auto-provisioning is on, and send once more.
                queues.Forget(queueName);
                await SendBatchAsync(await queues.UrlOfAsync(queueName, cancellationToken), batch, cancellationToken);
            }
        }
    }

    private async Task SendBatchAsync(string url, List<(SendMessageBatchRequestEntry Entry, int Bytes)> batch, CancellationToken cancellationToken)
    {
        var pending = batch.Select(b => b.Entry).ToList();
        for (var attempt = 0; ; attempt++)
        {
            var response = await sqs.SendMessageBatchAsync(new SendMessageBatchRequest { QueueUrl = url, Entries = pending }, cancellationToken);
            var failed = response.Failed ?? []; // AWSSDK v4 answers null, not empty
            if (failed.Count == 0)
            {
                return;
            }

            var failedIds = failed.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            pending = [.. pending.Where(e => failedIds.Contains(e.Id))];
            var permanent = failed.Where(f => f.SenderFault == true).ToList();
            if (permanent.Count > 0 || attempt == RetryDelays.Length)
            {
                var reasons = string.Join("; ", failed.Select(f => $"{f.Id}: {f.Code} {f.Message}"));
                throw new SqsSendException([.. pending.Select(MessageIdOf)], reasons);
            }

            await Task.Delay(RetryDelays[attempt], cancellationToken);
        }
    }

    private static IEnumerable<List<(SendMessageBatchRequestEntry Entry, int Bytes)>> Batches(List<(SendMessageBatchRequestEntry Entry, int Bytes)> entries)
    {
        var batch = new List<(SendMessageBatchRequestEntry, int)>();
        var bytes = 0;
        foreach (var entry in entries)
        {
            if (batch.Count == MaxBatchCount || bytes + entry.Bytes > SqsAttributes.MaxBytes)
            {
                yield return batch;
                batch = [];
                bytes = 0;
            }

            batch.Add(entry);
            bytes += entry.Bytes;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private static (SendMessageBatchRequestEntry Entry, int Bytes) ToEntry(OutgoingMessage message, int index)
    {
        var attributes = new Dictionary<string, MessageAttributeValue>
        {
            [SqsAttributes.MessageType] = Text(message.MessageType),
            [SqsAttributes.MessageId] = Text(message.MessageId),
        };
        if (message.CorrelationId is { } correlation)
        {
            attributes[SqsAttributes.CorrelationId] = Text(correlation);
        }

        if (message.TraceParent is { } trace)
        {
            attributes[SqsAttributes.TraceParent] = Text(trace);
        }

        var bytes = Encoding.UTF8.GetByteCount(message.Body)
            + attributes.Sum(a => Encoding.UTF8.GetByteCount(a.Key) + Encoding.UTF8.GetByteCount(a.Value.DataType) + Encoding.UTF8.GetByteCount(a.Value.StringValue));
        if (bytes > SqsAttributes.MaxBytes)
        {
            throw new MessageTooLargeException(message.MessageId, bytes);
        }

        // Batch entry ids only need to be unique within the batch; the message id travels as an attribute.
        return (new SendMessageBatchRequestEntry { Id = $"m{index}", MessageBody = message.Body, MessageAttributes = attributes }, bytes);
    }

    private static string MessageIdOf(SendMessageBatchRequestEntry entry) => entry.MessageAttributes[SqsAttributes.MessageId].StringValue;

    private static MessageAttributeValue Text(string value) => new() { DataType = "String", StringValue = value };
}
