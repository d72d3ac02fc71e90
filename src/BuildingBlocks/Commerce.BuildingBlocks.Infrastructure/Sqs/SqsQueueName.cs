namespace Commerce.BuildingBlocks.Infrastructure.Sqs;

/// <summary>Queue names as the transport makes them: the prefix, a dash, the logical name; a dead-letter queue adds <c>-dlq</c>.</summary>
public static class SqsQueueName
{
    public const string DeadLetterSuffix = "-dlq";

    public static string For(string prefix, string logicalName) =>
        string.IsNullOrEmpty(prefix) ? logicalName : $"{Trimmed(prefix)}-{logicalName}";

    public static string DeadLetterOf(string queueName) => queueName + DeadLetterSuffix;

    /// <summary>A trailing dash is tolerated (<c>commerce-</c> and <c>commerce</c> name the same queues).</summary>
    public static string Trimmed(string prefix) => prefix.TrimEnd('-');
}
