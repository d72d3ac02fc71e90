namespace Commerce.BuildingBlocks.Infrastructure.Sqs;

/// <summary>
/// A message on the wire: a plain JSON body any consumer can read, and what routing and tracing need as message
/// attributes (<see cref="SqsAttributes"/>), never inside the body.
/// </summary>
public sealed record OutgoingMessage(string MessageId, string MessageType, string Body, string? CorrelationId = null, string? TraceParent = null);

/// <param name="ReceiveCount">How many times SQS has handed this message out, this time included.</param>
public sealed record IncomingMessage(
    string MessageId, string MessageType, string Body, string? CorrelationId, string? TraceParent, int ReceiveCount);

public static class SqsAttributes
{
    public const string MessageType = "message-type";
    public const string MessageId = "message-id";
    public const string CorrelationId = "correlation-id";
    public const string TraceParent = "traceparent";

    /// <summary>SQS's limit for one message, body and attributes together, and for one batch.</summary>
    public const int MaxBytes = 256 * 1024;
}

/// <summary>A message SQS can never accept: retrying is pointless, it must be dead-lettered where it is.</summary>
public sealed class MessageTooLargeException(string messageId, int bytes)
    : Exception($"Message {messageId} is {bytes} bytes; SQS accepts at most {SqsAttributes.MaxBytes}.")
{
    public string MessageId { get; } = messageId;
}

/// <summary>Some messages of a batch were still refused after retries; the caller keeps them to try later.</summary>
public sealed class SqsSendException(IReadOnlyList<string> failedMessageIds, string reason)
    : Exception($"SQS refused {failedMessageIds.Count} message(s): {reason}")
{
    public IReadOnlyList<string> FailedMessageIds { get; } = failedMessageIds;
}
