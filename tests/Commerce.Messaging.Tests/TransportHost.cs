using System.Collections.Concurrent;
using Amazon.SQS;
using Amazon.SQS.Model;
using Commerce.BuildingBlocks.Domain;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wolverine;
using Wolverine.AmazonSqs;
using Wolverine.AmazonSqs.Internal;
using Wolverine.Postgresql;

namespace Commerce.Messaging.Tests;

/// <summary>A test message: its handler records it, and fails as the test says.</summary>
public sealed record Parcel(Guid Id, int Number, string Note = "");

/// <summary>What the test host's handler saw, and how it should fail, per test (tests run in parallel).</summary>
public sealed class Deliveries
{
    public ConcurrentQueue<Parcel> Handled { get; } = new();

    public ConcurrentDictionary<Guid, int> Attempts { get; } = new();

    /// <summary>Thrown while it returns an exception for a parcel.</summary>
    public Func<Parcel, Exception?> Failure { get; set; } = _ => null;

    public TimeSpan HandlingTime { get; set; } = TimeSpan.Zero;

    /// <summary>How long the first attempt at a parcel takes (a hung dependency), when longer than <see cref="HandlingTime"/>.</summary>
    public TimeSpan FirstAttemptTime { get; set; } = TimeSpan.Zero;
}

public static class ParcelHandler
{
    public static async Task Handle(Parcel parcel, Deliveries deliveries, CancellationToken cancellationToken)
    {
        var attempt = deliveries.Attempts.AddOrUpdate(parcel.Id, 1, (_, n) => n + 1);
        var time = attempt == 1 && deliveries.FirstAttemptTime > deliveries.HandlingTime ? deliveries.FirstAttemptTime : deliveries.HandlingTime;
        if (time > TimeSpan.Zero)
        {
            await Task.Delay(time, cancellationToken);
        }

        if (deliveries.Failure(parcel) is { } failure)
        {
            throw failure;
        }

        deliveries.Handled.Enqueue(parcel);
    }
}

/// <summary>
/// A Wolverine host on our transport, as the application configures it (durable outbox and inbox in PostgreSQL, the
/// integration-event wire, Commerce's error policies), publishing <see cref="Parcel"/> to one queue and listening to it.
/// Every host has its own queue prefix and message-storage schema.
/// </summary>
internal sealed class TransportHost : IAsyncDisposable
{
    private const string Database = "Host=127.0.0.1;Port=5432;Database=commerce;Username=commerce;Password=commerce;SSL Mode=Disable";

    private readonly IHost host;
    private readonly string schema = $"wt_{Guid.NewGuid():N}"[..16];

    public const string Queue = "parcels";

    private TransportHost(Options options)
    {
        Prefix = options.Prefix ?? Emulator.NewPrefix();
        var builder = Host.CreateApplicationBuilder();
        if (Environment.GetEnvironmentVariable("COMMERCE_TEST_LOGS") is null)
        {
            builder.Logging.ClearProviders();
        }

        builder.Services.AddSingleton(Deliveries);
        builder.Services.AddWolverine(wolverine =>
        {
            wolverine.Durability.Mode = DurabilityMode.Solo;
            wolverine.Durability.ScheduledJobPollingTime = TimeSpan.FromMilliseconds(250);
            // Wolverine starts polling for due retries 0.5–5 s after start, at random: a test of the retry schedule
            // would otherwise sometimes see its first retry only after the outage it waits out (it did, in CI).
            wolverine.Durability.ScheduledJobFirstExecution = TimeSpan.Zero;
            wolverine.Durability.MessageIdentity = MessageIdentity.IdAndDestination;
            wolverine.Discovery.DisableConventionalDiscovery().IncludeType(typeof(ParcelHandler));
            wolverine.Policies.DisableConventionalLocalRouting();
            wolverine.UseSystemTextJsonForSerialization(json => json.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
            wolverine.PersistMessagesWithPostgresql(Database, schema);
            wolverine.RegisterMessageType(typeof(Parcel), nameof(Parcel));
            wolverine.UseCommerceErrorPolicies(new MessagingOptions { TransientRetryDelays = [TimeSpan.FromMilliseconds(200)] });
            wolverine.DefaultExecutionTimeout = options.HandlerTimeout;

            var transport = wolverine.UseAmazonSqsTransport(config =>
                {
                    config.ServiceURL = options.ServiceUrl;
                    config.AuthenticationRegion = "us-east-1";
                })
                .Credentials(new Amazon.Runtime.BasicAWSCredentials("test", "test"))
                .PrefixIdentifiers(Prefix);
            if (options.AutoProvision)
            {
                transport.AutoProvision();
            }

            if (options.Client is { } client)
            {
                wolverine.Transports.GetOrCreate<AmazonSqsTransport>().Client = client;
            }

            var wire = new IntegrationEventWire([typeof(Parcel)]);
            wolverine.PublishMessage<Parcel>().ToSqsQueue(Queue).UseDurableOutbox().InteropWith(wire)
                .MessageBatchTimeout(TimeSpan.FromMilliseconds(20));
            if (options.AlsoPublishTo is { } extra)
            {
                wolverine.PublishMessage<Parcel>().ToSqsQueue(extra).UseDurableOutbox().InteropWith(wire);
            }

            if (options.Listen)
            {
                var listener = wolverine.ListenToSqsQueue(Queue, queue =>
                    {
                        queue.WaitTimeSeconds = 1;
                        queue.VisibilityTimeout = options.VisibilityTimeout;
                        queue.MaxReceiveCount = options.MaxReceiveCount;
                    })
                    .ConfigureDeadLetterQueue(DeadLetterQueue)
                    .InteropWith(wire);
                if (options.DurableInbox)
                {
                    listener.UseDurableInbox();
                }
                else
                {
                    listener.BufferedInMemory();
                }
            }
        });
        host = builder.Build();
    }

    public string Prefix { get; }

    public string QueueName => $"{Prefix}-{Queue}";

    public string DeadLetterQueue => $"{Prefix}-{Queue}-dlq";

    public Deliveries Deliveries { get; } = new();

    public IServiceProvider Services => host.Services;

    public static async Task<TransportHost> StartAsync(Options? options = null)
    {
        var started = new TransportHost(options ?? new Options());
        await started.host.StartAsync();
        return started;
    }

    public async Task PublishAsync(params Parcel[] parcels)
    {
        var bus = host.Services.GetRequiredService<IMessageBus>();
        foreach (var parcel in parcels)
        {
            await bus.PublishAsync(parcel);
        }
    }

    /// <summary>What sits in Wolverine's dead-letter storage of this host.</summary>
    public Task<long> StoredDeadLettersAsync() => CountAsync("wolverine_dead_letters");

    /// <summary>What the outbox still holds.</summary>
    public Task<long> StoredOutgoingAsync() => CountAsync("wolverine_outgoing_envelopes");

    private async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select count(*) from {schema}.{table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }

    internal sealed record Options
    {
        public string ServiceUrl { get; init; } = Emulator.SharedUrl;

        public string? Prefix { get; init; }

        public bool AutoProvision { get; init; } = true;

        public bool Listen { get; init; } = true;

        public bool DurableInbox { get; init; } = true;

        public int VisibilityTimeout { get; init; } = 30;

        public int MaxReceiveCount { get; init; } = 3;

        public string? AlsoPublishTo { get; init; }

        public TimeSpan HandlerTimeout { get; init; } = TimeSpan.FromSeconds(60);

        public IAmazonSQS? Client { get; init; }
    }
}

internal static class Queues
{
    public static async Task<List<Message>> TakeAsync(IAmazonSQS sqs, string queueName, Func<IReadOnlyList<Message>, bool> until, int seconds = 30)
    {
        var url = (await sqs.GetQueueUrlAsync(queueName)).QueueUrl;
        var taken = new List<Message>();
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!until(taken) && DateTime.UtcNow < deadline)
        {
            var response = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = url, MaxNumberOfMessages = 10, WaitTimeSeconds = 1, MessageAttributeNames = ["All"], MessageSystemAttributeNames = ["All"],
            });
            foreach (var message in response.Messages ?? [])
            {
                taken.Add(message);
                await sqs.DeleteMessageAsync(url, message.ReceiptHandle);
            }
        }

        return taken;
    }

    public static async Task<int> DepthAsync(IAmazonSQS sqs, string queueName)
    {
        var url = (await sqs.GetQueueUrlAsync(queueName)).QueueUrl;
        var attributes = (await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
        {
            QueueUrl = url,
            AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
        })).Attributes ?? [];
        return attributes.Values.Sum(int.Parse);
    }

    public static string? Attribute(Message message, string name) =>
        (message.MessageAttributes ?? []).TryGetValue(name, out var value) ? value.StringValue : null;

    /// <summary>A message as another (non-.NET) system would send it: plain JSON and a type attribute.</summary>
    public static async Task SendRawAsync(IAmazonSQS sqs, string queueName, string body, Dictionary<string, string> attributes)
    {
        var url = (await sqs.GetQueueUrlAsync(queueName)).QueueUrl;
        await sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = url,
            MessageBody = body,
            MessageAttributes = attributes.ToDictionary(a => a.Key, a => new MessageAttributeValue { DataType = "String", StringValue = a.Value }),
        });
    }
}

/// <summary>Poison of the domain's kind: the message can never succeed.</summary>
public sealed class RefusedParcelException() : DomainException("refused", "This parcel is refused.");
