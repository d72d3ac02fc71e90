using Wolverine;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>How this host takes part in messaging (section <c>Messaging</c>); where SQS is lives in <c>Sqs</c>.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Balanced: every host may own the outbox, inbox and listeners, and takes over a dead host's work.</summary>
    public DurabilityMode DurabilityMode { get; init; } = DurabilityMode.Balanced;

    /// <summary>A handler running longer is cancelled and its message retried.</summary>
    public TimeSpan HandlerTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a node proves it is alive, checks whether another stopped doing so, and (the leader) hands a dead node's work on.</summary>
    public TimeSpan NodeHealthCheckInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A node silent this long is declared dead and its messages are taken over.</summary>
    public TimeSpan StaleNodeTimeout { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>
    /// How often each node looks for messages nobody owns any more (a dead node's, released after
    /// <see cref="StaleNodeTimeout"/>) and takes them, and runs the scheduled messages that are due. A dead node's
    /// work waits up to two of these after it was declared dead.
    /// </summary>
    public TimeSpan RecoveryInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The backoff between tries of a message whose dependency (database, SQS, SMTP) is away; the last step repeats for as long as it takes.</summary>
    public TimeSpan[] TransientRetryDelays { get; init; } = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)];

    /// <summary>
    /// An envelope its owning node left untouched this long (stored, but its in-memory retry gave up while PostgreSQL was
    /// away) is handed to any node, in the outbox and the inbox: nothing stays stuck. Longer than a handler's time limit
    /// with its retries, or a slow message would be run twice (harmless, the use cases are idempotent, but wasteful).
    /// </summary>
    public TimeSpan StaleEnvelopeRecovery { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>How long handled messages stay in the inbox, so a redelivery within this window is recognised.</summary>
    public TimeSpan KeepHandledMessages { get; init; } = TimeSpan.FromHours(6);
}
