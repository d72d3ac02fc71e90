using System.Diagnostics.Metrics;
using Amazon.SQS;
using Amazon.SQS.Model;
using Commerce.BuildingBlocks.Application.Diagnostics;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.BuildingBlocks.Infrastructure.Sqs;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.BuildingBlocks.Infrastructure.Telemetry;

/// <summary>
/// Samples what is waiting: events committed but not yet sent to SQS (the outbox), messages in Wolverine's
/// dead-letter storage, and each consuming queue's dead-letter depth. Gauges report the last sample, so a metrics
/// scrape never waits on PostgreSQL or SQS.
/// </summary>
public sealed partial class MessagingMonitor : BackgroundService
{
    private readonly IDocumentStore store;
    private readonly IAmazonSQS sqs;
    private readonly SqsQueues queues;
    private readonly string[] deadLetterQueues;
    private readonly TimeSpan interval;
    private readonly ILogger<MessagingMonitor> logger;
    private long outboxPending;
    private long outboxDeadLetters;
    private Dictionary<string, long> deadLetterDepths = [];

    public MessagingMonitor(
        IDocumentStore store, IAmazonSQS sqs, SqsQueues queues, SqsOptions options, IEnumerable<QueueSubscription> subscriptions,
        IMeterFactory meters, TelemetryOptions telemetry, ILogger<MessagingMonitor> logger)
    {
        this.store = store;
        this.sqs = sqs;
        this.queues = queues;
        this.logger = logger;
        interval = telemetry.SampleInterval;
        deadLetterQueues = [.. subscriptions.Where(s => s.Consumers.Count > 0).Select(s => SqsQueueName.DeadLetterOf(SqsQueueName.For(options.QueuePrefix, s.Queue))).Distinct()];

        var meter = meters.Create(CommerceDiagnostics.Name);
        meter.CreateObservableGauge("commerce.outbox.pending", () => Volatile.Read(ref outboxPending), "{event}",
            "Integration events committed and not yet sent to SQS (the outbox).");
        meter.CreateObservableGauge("commerce.outbox.dead_letters", () => Volatile.Read(ref outboxDeadLetters), "{event}",
            "Messages in Wolverine's dead-letter storage (poison, or never sendable).");
        meter.CreateObservableGauge("commerce.sqs.dlq_depth", () => Volatile.Read(ref deadLetterDepths)
            .Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("messaging.destination.name", q.Key))), "{message}",
            "Messages in each consuming queue's dead-letter queue.");
    }

    /// <summary>Takes one sample now; the service calls it on every tick.</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        await using (var connection = store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText =
                "select (select count(*) from wolverine.wolverine_outgoing_envelopes), (select count(*) from wolverine.wolverine_dead_letters)";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            Volatile.Write(ref outboxPending, reader.GetInt64(0));
            Volatile.Write(ref outboxDeadLetters, reader.GetInt64(1));
        }

        var depths = new Dictionary<string, long>();
        foreach (var queue in deadLetterQueues)
        {
            // A dead-letter queue is created with its queue; one not there yet holds nothing. Creating it from here
            // would make it an ordinary queue and block its queue's own provisioning.
            if (await queues.ExistingUrlOfAsync(queue, cancellationToken) is not { } url)
            {
                continue;
            }

            var attributes = await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
            {
                QueueUrl = url,
                AttributeNames = ["ApproximateNumberOfMessages"],
            }, cancellationToken);
            depths[queue] = attributes.ApproximateNumberOfMessages;
        }

        Volatile.Write(ref deadLetterDepths, depths);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Readiness reports an unreachable dependency; the gauges keep their last values meanwhile.
                LogSampleFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Messaging sample failed")]
    private static partial void LogSampleFailed(ILogger logger, Exception exception);
}
