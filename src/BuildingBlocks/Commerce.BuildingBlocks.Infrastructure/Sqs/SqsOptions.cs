namespace Commerce.BuildingBlocks.Infrastructure.Sqs;

/// <summary>
/// Where SQS is. Locally the emulator started by build/infra.sh; in production leave <see cref="ServiceUrl"/> and the
/// keys empty and set <see cref="Region"/>: the AWS SDK then uses the region's endpoint and its default credentials.
/// </summary>
public sealed class SqsOptions
{
    public const string Section = "Sqs";

    public string? ServiceUrl { get; init; }

    public string Region { get; init; } = "us-east-1";

    public string? AccessKey { get; init; }

    public string? SecretKey { get; init; }

    /// <summary>Prepended to every queue name, so several environments can share one account.</summary>
    public string QueuePrefix { get; init; } = "commerce-";

    /// <summary>
    /// Create a missing queue (and its dead-letter queue) instead of failing. On in development and tests; in
    /// production queues are made ahead of time, and a missing one is a configuration error worth stopping for.
    /// </summary>
    public bool AutoProvisionQueues { get; init; }

    /// <summary>How many times a message is received (and fails) before SQS moves it to the dead-letter queue.</summary>
    public int MaxReceiveCount { get; init; } = 5;

    /// <summary>How long a received message stays hidden; a slow handler's message is kept hidden while it runs.</summary>
    public int VisibilityTimeoutSeconds { get; init; } = 30;

    /// <summary>Long-poll wait (0–20 s): an idle queue costs one request per this many seconds per listener.</summary>
    public int WaitTimeSeconds { get; init; } = 20;

    /// <summary>How many messages one listener handles at once.</summary>
    public int ListenerParallelism { get; init; } = 4;
}
