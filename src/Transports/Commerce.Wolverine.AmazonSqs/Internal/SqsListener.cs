using System.Collections.Concurrent;
using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using JasperFx.Blocks;
using Microsoft.Extensions.Logging;
using Wolverine.Runtime;
using Wolverine.Transports;

namespace Wolverine.AmazonSqs.Internal;

/// <summary>
/// Long-polls one queue and hands what it receives to Wolverine's receiver (with a durable inbox: stored in
/// PostgreSQL, then completed here). Completed messages are deleted in batches; messages still in flight are kept
/// hidden (their visibility is extended) so a slow handler never sees its message delivered twice. A failed poll is
/// logged and retried with backoff; a queue that vanished is resolved again (re-created when auto-provisioning).
/// </summary>
internal sealed class SqsListener : IListener, ISupportDeadLetterQueue, IReportReceiveLoopHealth
{
    private static readonly TimeSpan DeleteBatchWindow = TimeSpan.FromMilliseconds(20);

    private readonly AmazonSqsQueue queue;
    private readonly AmazonSqsQueue? deadLetters;
    private readonly IReceiver receiver;
    private readonly ILogger logger;
    private readonly IAmazonSQS sqs;
    private readonly TimeSpan drainTimeout;
    private readonly BackgroundReceiveLoop loop;
    private readonly ConcurrentDictionary<string, byte> inFlight = new(StringComparer.Ordinal);
    private readonly Block<string[]> deleteBlock;
    private readonly BatchingChannel<string> deletes;
    private readonly CancellationTokenSource heartbeatStop = new();
    private readonly Task heartbeat;

    public SqsListener(IWolverineRuntime runtime, AmazonSqsQueue queue, AmazonSqsQueue? deadLetters, IReceiver receiver)
    {
        this.queue = queue;
        this.deadLetters = deadLetters;
        this.receiver = receiver;
        sqs = queue.Parent.Client ?? throw new InvalidOperationException("The Amazon SQS transport is not connected yet.");
        logger = runtime.LoggerFactory.CreateLogger<SqsListener>();
        drainTimeout = runtime.DurabilitySettings.DrainTimeout;
        deleteBlock = new Block<string[]>((handles, _) => DeleteAsync(handles));
        deletes = new BatchingChannel<string>(DeleteBatchWindow, deleteBlock, AmazonSqsQueue.MaximumBatchEntries);
        heartbeat = Task.Run(KeepInFlightHiddenAsync);
        loop = new BackgroundReceiveLoop(queue.Uri, logger, PollOnceAsync, runtime.Cancellation)
        {
            IsEntityMissing = exception => exception is QueueDoesNotExistException,
            RedeclareAsync = _ => queue.RecoverAsync(logger),
        };
        loop.Start();
    }

    public Uri Address => queue.Uri;

    public IHandlerPipeline? Pipeline => receiver.Pipeline;

    public bool NativeDeadLetterQueueEnabled => deadLetters is not null;

    public ReceiveLoopStatus ReceiveLoopStatus => loop.ReceiveLoopStatus;

    public DateTimeOffset? LastReceiveLoopActivityAt => loop.LastReceiveLoopActivityAt;

    private async Task<bool> PollOnceAsync(CancellationToken cancellationToken)
    {
        await queue.EnsureReadyAsync(logger);
        ReceiveMessageResponse response;
        try
        {
            response = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = queue.Url,
                MaxNumberOfMessages = queue.MaxNumberOfMessages,
                WaitTimeSeconds = queue.WaitTimeSeconds,
                VisibilityTimeout = queue.VisibilityTimeout,
                MessageAttributeNames = ["All"],
                MessageSystemAttributeNames = ["ApproximateReceiveCount", "SentTimestamp"],
            }, cancellationToken);
        }
        catch (QueueDoesNotExistException)
        {
            logger.QueueGone(queue.QueueName);
            await queue.RecoverAsync(logger);
            return false;
        }

        if (response.Messages is not { Count: > 0 } messages) // AWSSDK v4 answers null, not empty
        {
            return false;
        }

        var envelopes = new List<Envelope>(messages.Count);
        foreach (var message in messages)
        {
            inFlight.TryAdd(message.ReceiptHandle, 0);
            try
            {
                envelopes.Add(Read(message));
            }
            catch (Exception exception)
            {
                await DeadLetterUnreadableAsync(message, exception);
            }
        }

        if (envelopes.Count > 0)
        {
            await receiver.ReceivedAsync(this, [.. envelopes]);
        }

        return true;
    }

    private AmazonSqsEnvelope Read(Message message)
    {
        var envelope = new AmazonSqsEnvelope(message);
        queue.Mapper.ReadEnvelopeData(envelope, message.Body, message.MessageAttributes ?? []);
        var attributes = message.Attributes ?? [];
        if (int.TryParse(attributes.GetValueOrDefault("ApproximateReceiveCount"), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            envelope.BrokerDeliveryCount = count;
        }

        // Wolverine's message time (wolverine-effective-time) runs from SentAt, which would otherwise be now.
        if (long.TryParse(attributes.GetValueOrDefault("SentTimestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var sentMs))
        {
            envelope.SentAt = DateTimeOffset.FromUnixTimeMilliseconds(sentMs);
        }

        return envelope;
    }

    /// <summary>A message no mapper can read is poison at once: copied to the dead-letter queue as it came, then deleted.</summary>
    private async Task DeadLetterUnreadableAsync(Message message, Exception exception)
    {
        logger.Unreadable(exception, message.MessageId, queue.QueueName);
        if (deadLetters is null)
        {
            return; // SQS hands it out again until its redrive policy, if any, takes it away
        }

        var attributes = new Dictionary<string, MessageAttributeValue>(message.MessageAttributes ?? [], StringComparer.Ordinal);
        foreach (var (name, value) in SqsFailure.AttributesOf(exception))
        {
            attributes[name] = value;
        }

        try
        {
            await deadLetters.EnsureReadyAsync(logger);
            await sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = deadLetters.Url, MessageBody = message.Body, MessageAttributes = attributes });
            await deletes.PostAsync(message.ReceiptHandle);
        }
        catch (Exception sendFailure)
        {
            logger.DeadLetterFailed(sendFailure, message.MessageId, queue.QueueName);
            inFlight.TryRemove(message.ReceiptHandle, out _);
        }
    }

    public async ValueTask CompleteAsync(Envelope envelope)
    {
        if (envelope is AmazonSqsEnvelope sqsEnvelope)
        {
            await deletes.PostAsync(sqsEnvelope.ReceiptHandle);
        }
    }

    /// <summary>
    /// Back to the queue as a fresh message (same body and attributes, so the same message id), then the old one is
    /// deleted: SQS's receive count starts again, so waiting out an outage never pushes a message into the
    /// dead-letter queue. A failure in between leaves both, and the inbox drops the copy.
    /// </summary>
    public async ValueTask DeferAsync(Envelope envelope)
    {
        if (envelope is not AmazonSqsEnvelope sqsEnvelope)
        {
            return;
        }

        try
        {
            await sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = queue.Url, MessageBody = sqsEnvelope.RawBody, MessageAttributes = sqsEnvelope.RawAttributes });
            await deletes.PostAsync(sqsEnvelope.ReceiptHandle);
        }
        catch (Exception exception)
        {
            logger.RequeueFailed(exception, envelope.Id, queue.QueueName);
            inFlight.TryRemove(sqsEnvelope.ReceiptHandle, out _);
        }
    }

    public async Task<bool> TryRequeueAsync(Envelope envelope)
    {
        await DeferAsync(envelope);
        return envelope is AmazonSqsEnvelope;
    }

    public async Task MoveToErrorsAsync(Envelope envelope, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (deadLetters is null)
        {
            throw new InvalidOperationException($"SQS queue {queue.QueueName} has no dead-letter queue.");
        }

        await deadLetters.SendAsync(envelope, SqsFailure.AttributesOf(exception), CancellationToken.None);
        if (envelope is AmazonSqsEnvelope sqsEnvelope)
        {
            await deletes.PostAsync(sqsEnvelope.ReceiptHandle);
        }
    }

    private async Task DeleteAsync(string[] receiptHandles)
    {
        foreach (var handle in receiptHandles)
        {
            inFlight.TryRemove(handle, out _);
        }

        try
        {
            var response = await sqs.DeleteMessageBatchAsync(new DeleteMessageBatchRequest
            {
                QueueUrl = queue.Url,
                Entries = [.. receiptHandles.Select((handle, i) => new DeleteMessageBatchRequestEntry { Id = $"d{i}", ReceiptHandle = handle })],
            });
            foreach (var failed in response.Failed ?? [])
            {
                logger.DeleteRefused(queue.QueueName, failed.Code, failed.Message);
            }
        }
        catch (Exception exception)
        {
            // Not deleted means delivered again later, never lost: the inbox knows the message id.
            logger.DeleteFailed(exception, receiptHandles.Length, queue.QueueName);
        }
    }

    /// <summary>Every third of the visibility timeout, messages not yet completed are hidden for a whole timeout again.</summary>
    private async Task KeepInFlightHiddenAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, queue.VisibilityTimeout / 3.0)));
        try
        {
            while (await timer.WaitForNextTickAsync(heartbeatStop.Token))
            {
                foreach (var handles in inFlight.Keys.Chunk(AmazonSqsQueue.MaximumBatchEntries))
                {
                    try
                    {
                        await sqs.ChangeMessageVisibilityBatchAsync(new ChangeMessageVisibilityBatchRequest
                        {
                            QueueUrl = queue.Url,
                            Entries = [.. handles.Select((handle, i) => new ChangeMessageVisibilityBatchRequestEntry { Id = $"v{i}", ReceiptHandle = handle, VisibilityTimeout = queue.VisibilityTimeout })],
                        }, heartbeatStop.Token);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        logger.HeartbeatFailed(exception, handles.Length, queue.QueueName);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    public async ValueTask StopAsync()
    {
        await loop.StopAsync(drainTimeout);
        deletes.TriggerBatch();
    }

    public async ValueTask DisposeAsync()
    {
        await loop.DisposeAsync();
        deletes.TriggerBatch();
        deletes.Complete();
        try
        {
            await deletes.WaitForCompletionAsync().WaitAsync(drainTimeout);
        }
        catch (TimeoutException)
        {
            logger.DeletesNotDrained(queue.QueueName, drainTimeout);
        }

        await heartbeatStop.CancelAsync();
        await heartbeat;
        await deletes.DisposeAsync();
        await deleteBlock.DisposeAsync();
        heartbeatStop.Dispose();
    }
}
