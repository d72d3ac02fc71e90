using Amazon.SQS.Model;
using Microsoft.Extensions.Logging;
using Wolverine.Runtime;
using Wolverine.Transports;
using Wolverine.Transports.Sending;

namespace Wolverine.AmazonSqs.Internal;

/// <summary>
/// Sends what Wolverine's sending agent hands over (its outbox, when the endpoint is durable) in SQS batch requests of
/// up to ten entries and 256 KiB. Every envelope is reported back: sent, refused for good (kept in Wolverine's
/// dead-letter storage where an operator sees it, then dropped from the outbox), or failed for now (the agent keeps it
/// and tries again, for as long as SQS is away).
/// </summary>
internal sealed class SqsSenderProtocol(IWolverineRuntime runtime, AmazonSqsQueue queue) : ISenderProtocol
{
    private static readonly TimeSpan[] EntryRetryDelays = [TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500)];

    private readonly ILogger logger = runtime.LoggerFactory.CreateLogger<SqsSenderProtocol>();

    public async Task SendBatchAsync(ISenderCallback callback, OutgoingMessageBatch batch)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Messages.Count == 1 && batch.Messages[0].IsPing())
        {
            await PingAsync(callback, batch);
            return;
        }

        var entries = new List<Entry>(batch.Messages.Count);
        var refused = new List<(Envelope Envelope, Exception Reason)>();
        foreach (var envelope in batch.Messages)
        {
            try
            {
                var (body, attributes) = queue.Write(envelope);
                AmazonSqsQueue.AssertFits(envelope, body, attributes);
                entries.Add(new Entry(envelope, new SendMessageBatchRequestEntry { Id = $"e{entries.Count}", MessageBody = body, MessageAttributes = attributes }, AmazonSqsQueue.SizeOf(body, attributes)));
            }
            catch (Exception exception)
            {
                // Too large, or not writable at all: no retry can change that.
                refused.Add((envelope, exception));
            }
        }

        var sent = new List<Envelope>(entries.Count);
        var failed = new List<Envelope>();
        Exception? failure = null;
        try
        {
            await queue.EnsureReadyAsync(logger);
            foreach (var chunk in Chunks(entries))
            {
                var outcome = await SendChunkAsync(chunk);
                sent.AddRange(outcome.Sent);
                failed.AddRange(outcome.Failed);
                refused.AddRange(outcome.Refused);
            }
        }
        catch (Exception exception)
        {
            failure = exception;
            var unsent = entries.Select(e => e.Envelope).Except(sent).Except(failed).Except(refused.Select(r => r.Envelope)).ToList();
            failed.AddRange(unsent);
        }

        if (sent.Count > 0)
        {
            await callback.MarkSuccessfulAsync(new OutgoingMessageBatch(batch.Destination, sent));
        }

        if (refused.Count > 0)
        {
            await RefuseAsync(callback, batch.Destination, refused);
        }

        if (failed.Count > 0)
        {
            var retry = new OutgoingMessageBatch(batch.Destination, failed);
            await (failure is null ? callback.MarkProcessingFailureAsync(retry) : callback.MarkProcessingFailureAsync(retry, failure));
        }
    }

    /// <summary>
    /// One batch request; entries SQS refuses for its own reasons (throttling, an internal error) are sent again alone
    /// a few times, entries refused for the sender's fault are refused for good.
    /// </summary>
    private async Task<(List<Envelope> Sent, List<Envelope> Failed, List<(Envelope, Exception)> Refused)> SendChunkAsync(List<Entry> chunk)
    {
        var sent = new List<Envelope>();
        var refused = new List<(Envelope, Exception)>();
        var pending = chunk;
        for (var attempt = 0; ; attempt++)
        {
            SendMessageBatchResponse response;
            try
            {
                response = await queue.Parent.Client!.SendMessageBatchAsync(new SendMessageBatchRequest
                {
                    QueueUrl = queue.Url,
                    Entries = [.. pending.Select(e => e.Request)],
                });
            }
            catch (Amazon.SQS.Model.QueueDoesNotExistException)
            {
                await queue.RecoverAsync(logger);
                if (attempt >= EntryRetryDelays.Length)
                {
                    throw;
                }

                continue;
            }

            var failedEntries = (response.Failed ?? []).ToDictionary(f => f.Id, StringComparer.Ordinal); // AWSSDK v4: null, not empty
            sent.AddRange(pending.Where(e => !failedEntries.ContainsKey(e.Request.Id)).Select(e => e.Envelope));
            foreach (var entry in pending.Where(e => failedEntries.TryGetValue(e.Request.Id, out var f) && f.SenderFault == true))
            {
                var reason = failedEntries[entry.Request.Id];
                refused.Add((entry.Envelope, new SendRejectedException($"SQS refused message {entry.Envelope.Id} for {queue.QueueName}: {reason.Code} {reason.Message}")));
            }

            pending = [.. pending.Where(e => failedEntries.TryGetValue(e.Request.Id, out var f) && f.SenderFault != true)];
            if (pending.Count == 0 || attempt >= EntryRetryDelays.Length)
            {
                if (pending.Count > 0)
                {
                    logger.EntriesStillRefused(pending.Count, queue.QueueName, attempt + 1);
                }

                return (sent, [.. pending.Select(e => e.Envelope)], refused);
            }

            await Task.Delay(EntryRetryDelays[attempt]);
        }
    }

    /// <summary>
    /// Wolverine probes a sender whose circuit opened with a ping: SQS answering for the queue is enough, nothing is
    /// put on the queue (consumers would have to read past it).
    /// </summary>
    private async Task PingAsync(ISenderCallback callback, OutgoingMessageBatch ping)
    {
        try
        {
            if (await queue.Parent.FindQueueUrlAsync(queue.QueueName, CancellationToken.None) is null)
            {
                await queue.RecoverAsync(logger);
            }

            await callback.MarkSuccessfulAsync(ping);
        }
        catch (Exception exception)
        {
            await callback.MarkProcessingFailureAsync(ping, exception);
        }
    }

    private async Task RefuseAsync(ISenderCallback callback, Uri destination, List<(Envelope Envelope, Exception Reason)> refused)
    {
        foreach (var (envelope, reason) in refused)
        {
            logger.Unsendable(reason, envelope.Id, envelope.MessageType, queue.QueueName);
            await runtime.Storage.Inbox.MoveToDeadLetterStorageAsync(envelope, reason);
        }

        await callback.MarkSerializationFailureAsync(new OutgoingMessageBatch(destination, [.. refused.Select(r => r.Envelope)]));
    }

    private static IEnumerable<List<Entry>> Chunks(List<Entry> entries)
    {
        var chunk = new List<Entry>();
        var bytes = 0;
        foreach (var entry in entries)
        {
            if (chunk.Count == AmazonSqsQueue.MaximumBatchEntries || bytes + entry.Bytes > AmazonSqsQueue.MaximumMessageBytes)
            {
                yield return chunk;
                chunk = [];
                bytes = 0;
            }

            chunk.Add(entry);
            bytes += entry.Bytes;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private sealed record Entry(Envelope Envelope, SendMessageBatchRequestEntry Request, int Bytes);
}
