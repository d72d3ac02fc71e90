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

    /// <summary>Put before every queue name (with a dash), so several environments can share one account.</summary>
    public string QueuePrefix { get; init; } = "commerce";

    /// <summary>
    /// Create a missing queue (and its dead-letter queue) instead of failing. On in development and tests; in
    /// production queues are made ahead of time, and a missing one is a configuration error worth stopping for.
    /// </summary>
    public bool AutoProvisionQueues { get; init; }

    /// <summary>Receives of a message never deleted (its receivers died holding it) before SQS moves it to the dead-letter queue.</summary>
    public int MaxReceiveCount { get; init; } = 5;

    /// <summary>How long a received message stays hidden; the listener extends it while the message is in flight.</summary>
    public int VisibilityTimeoutSeconds { get; init; } = 10;

    /// <summary>Long-poll wait (0–20 s): an idle queue costs one request per this many seconds per listener.</summary>
    public int WaitTimeSeconds { get; init; } = 20;

    /// <summary>Messages asked for per receive (1–10).</summary>
    public int MessagesPerReceive { get; init; } = 10;

    /// <summary>
    /// How long the outbox waits to fill a batch of ten before sending what it has: every hop between a checkout and
    /// its confirmation waits at most this long (Wolverine's default is 250 ms).
    /// </summary>
    public TimeSpan SendBatchWindow { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Batch requests in flight at once per destination queue, from each host.</summary>
    public int SendersPerQueue { get; init; } = 4;

    /// <summary>Receive loops per queue in each host.</summary>
    public int ListenerCount { get; init; } = 2;
}
