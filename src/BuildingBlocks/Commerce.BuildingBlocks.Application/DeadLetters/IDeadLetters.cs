namespace Commerce.BuildingBlocks.Application.DeadLetters;

/// <summary>The dead-letter queues of this host's consumers: what landed there, and sending it back.</summary>
public interface IDeadLetters
{
    Task<IReadOnlyList<DeadLetterSummary>> ListAsync(int sampleSize, CancellationToken cancellationToken);

    /// <summary>Moves up to <paramref name="max"/> messages back to the queue they failed on; null queue: every one.</summary>
    Task<IReadOnlyList<Redriven>> RedriveAsync(string? queue, int max, CancellationToken cancellationToken);
}

/// <param name="Queue">The consuming queue whose failures this dead-letter queue holds.</param>
/// <param name="ApproximateCount">SQS's approximate count of messages waiting in it.</param>
/// <param name="Sample">Some of those messages, read without taking them off the queue.</param>
public sealed record DeadLetterSummary(string Queue, string DeadLetterQueueName, long ApproximateCount, IReadOnlyList<DeadLetter> Sample);

/// <param name="MessageId">Our message id: the consumer's inbox uses it, so a redriven message is handled once.</param>
public sealed record DeadLetter(string MessageId, string Type, int ReceiveCount, DateTimeOffset? SentAt, string Body);

public sealed record Redriven(string Queue, int Moved);
