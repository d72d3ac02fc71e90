using System.Globalization;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using Microsoft.Extensions.Logging;

namespace Commerce.BuildingBlocks.Infrastructure.Sqs;

/// <summary>
/// Long-polls one queue and hands each message to a handler, several at once. A message is deleted only after its
/// handler returned (its work committed); a handler that throws leaves it, so SQS redelivers it and, after
/// <see cref="SqsOptions.MaxReceiveCount"/> tries, moves it to the dead-letter queue. While a handler runs, the
/// message's visibility is extended, so a slow handler does not get a twin. A vanished queue or a restarted endpoint
/// pauses the listener, never stops it.
/// </summary>
public sealed partial class SqsListener(IAmazonSQS sqs, SqsQueues queues, SqsOptions options, ILogger<SqsListener> logger)
{
    public delegate Task Handler(IncomingMessage message, CancellationToken cancellationToken);

    public async Task RunAsync(string queueName, Handler handle, CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(options.ListenerParallelism);
        var running = new List<Task>();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var url = await queues.UrlOfAsync(queueName, stoppingToken);
                // Ask for no more messages than there are free handler slots: a received message waits hidden, and
                // one that waits past its visibility timeout is handed to someone else.
                var free = await WaitForFreeSlotsAsync(slots, stoppingToken);
                ReceiveMessageResponse response;
                try
                {
                    response = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
                    {
                        QueueUrl = url,
                        MaxNumberOfMessages = free,
                        WaitTimeSeconds = options.WaitTimeSeconds,
                        MessageAttributeNames = ["All"],
                        MessageSystemAttributeNames = ["ApproximateReceiveCount"],
                    }, stoppingToken);
                }
                finally
                {
                    slots.Release(free);
                }

                failures = 0;

                foreach (var message in response.Messages ?? []) // AWSSDK v4 answers null, not empty
                {
                    await slots.WaitAsync(stoppingToken);
                    running.Add(HandleAsync(url, message, handle, slots, stoppingToken));
                }

                running.RemoveAll(t => t.IsCompleted);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (QueueDoesNotExistException)
            {
                LogQueueMissing(logger, queueName);
                queues.Forget(queueName);
                await PauseAsync(++failures, stoppingToken);
            }
            catch (Exception exception) when (exception is AmazonServiceException or HttpRequestException or IOException or TimeoutException or InvalidOperationException)
            {
                LogReceiveFailed(logger, exception, queueName);
                queues.Forget(queueName);
                await PauseAsync(++failures, stoppingToken);
            }
        }

        await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private static async Task<int> WaitForFreeSlotsAsync(SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        var free = 1;
        while (free < 10 && slots.Wait(0, CancellationToken.None))
        {
            free++;
        }

        return free;
    }

    private async Task HandleAsync(string url, Message message, Handler handle, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        try
        {
            var keepHidden = KeepHiddenAsync(url, message.ReceiptHandle, heartbeat.Token);
            try
            {
                await handle(ToIncoming(message), stoppingToken);
            }
            finally
            {
                await heartbeat.CancelAsync();
                await keepHidden;
            }

            await sqs.DeleteMessageAsync(new DeleteMessageRequest { QueueUrl = url, ReceiptHandle = message.ReceiptHandle }, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Left undeleted on purpose: SQS redelivers it, and dead-letters it after MaxReceiveCount receives.
            LogHandlerFailed(logger, exception, message.MessageId);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task KeepHiddenAsync(string url, string receiptHandle, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.VisibilityTimeoutSeconds / 2.0));
        try
        {
            while (true)
            {
                await Task.Delay(interval, cancellationToken);
                await sqs.ChangeMessageVisibilityAsync(new ChangeMessageVisibilityRequest
                {
                    QueueUrl = url,
                    ReceiptHandle = receiptHandle,
                    VisibilityTimeout = options.VisibilityTimeoutSeconds,
                }, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // the handler finished
        }
        catch (AmazonServiceException exception)
        {
            LogHeartbeatFailed(logger, exception);
        }
    }

    private static IncomingMessage ToIncoming(Message message)
    {
        var attributes = message.MessageAttributes ?? [];
        string? Attribute(string name) => attributes.TryGetValue(name, out var value) ? value.StringValue : null;
        var receiveCount = message.Attributes?.GetValueOrDefault("ApproximateReceiveCount");
        return new IncomingMessage(
            Attribute(SqsAttributes.MessageId) ?? message.MessageId,
            Attribute(SqsAttributes.MessageType) ?? string.Empty,
            message.Body,
            Attribute(SqsAttributes.CorrelationId),
            Attribute(SqsAttributes.TraceParent),
            int.TryParse(receiveCount, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 1);
    }

    private static Task PauseAsync(int failures, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds(Math.Min(10_000, 250 * Math.Pow(2, Math.Min(failures, 6)))), cancellationToken)
            .ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQS queue {Queue} is gone; resolving it again")]
    private static partial void LogQueueMissing(ILogger logger, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receiving from SQS queue {Queue} failed; retrying")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling SQS message {MessageId} failed; it stays on the queue for another try")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Extending a message's visibility failed")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception exception);
}
