using Microsoft.Extensions.Logging;

namespace Wolverine.AmazonSqs.Internal;

internal static partial class SqsLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created SQS queue {Queue}")]
    public static partial void QueueCreated(this ILogger logger, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQS queue {Queue} could not be resolved at start; it is resolved on first use")]
    public static partial void QueueNotReachable(this ILogger logger, Exception exception, string queue);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ping of SQS queue {Queue} failed")]
    public static partial void PingFailed(this ILogger logger, Exception exception, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQS refused {Count} message(s) for {Queue} after {Attempts} tries; the outbox keeps them")]
    public static partial void EntriesStillRefused(this ILogger logger, int count, string queue, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} ({MessageType}) can never be sent to {Queue}; it is kept in Wolverine's dead-letter storage")]
    public static partial void Unsendable(this ILogger logger, Exception exception, Guid messageId, string? messageType, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQS queue {Queue} is gone; resolving it again")]
    public static partial void QueueGone(this ILogger logger, string queue);

    [LoggerMessage(Level = LogLevel.Error, Message = "SQS message {MessageId} on {Queue} cannot be read")]
    public static partial void Unreadable(this ILogger logger, Exception exception, string messageId, string queue);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not dead-letter SQS message {MessageId} from {Queue}; it will be received again")]
    public static partial void DeadLetterFailed(this ILogger logger, Exception exception, string messageId, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not requeue message {EnvelopeId} on {Queue}; it returns after its visibility timeout")]
    public static partial void RequeueFailed(this ILogger logger, Exception exception, Guid envelopeId, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQS did not delete a message from {Queue} ({Code}: {Reason}); it returns after its visibility timeout and the inbox drops it")]
    public static partial void DeleteRefused(this ILogger logger, string queue, string code, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting {Count} message(s) from {Queue} failed; they return after their visibility timeout")]
    public static partial void DeleteFailed(this ILogger logger, Exception exception, int count, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Extending the visibility of {Count} in-flight message(s) on {Queue} failed")]
    public static partial void HeartbeatFailed(this ILogger logger, Exception exception, int count, string queue);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pending deletes on {Queue} did not finish within {Timeout}; those messages return and the inbox drops them")]
    public static partial void DeletesNotDrained(this ILogger logger, string queue, TimeSpan timeout);
}
