using System.Globalization;
using System.Text;
using System.Text.Json;
using Amazon.SQS.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Wolverine.Configuration;
using Wolverine.Runtime;
using Wolverine.Transports;
using Wolverine.Transports.Sending;

namespace Wolverine.AmazonSqs.Internal;

/// <summary>One SQS queue: a sending destination, a listener, or both.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Named as WolverineFx.AmazonSqs names it, so the swap to that package changes no caller.")]
public sealed class AmazonSqsQueue : Endpoint, IBrokerQueue
{
    /// <summary>SQS's limit for one message, body and attributes together, and for one batch request.</summary>
    public const int MaximumMessageBytes = 256 * 1024;

    /// <summary>The most entries SQS takes in one batch request, and the most messages one receive returns.</summary>
    public const int MaximumBatchEntries = 10;

    private readonly AmazonSqsTransport parent;
    private int maxNumberOfMessages = MaximumBatchEntries;
    private string? queueUrl;

    internal AmazonSqsQueue(string queueName, AmazonSqsTransport parent)
        : base(new Uri($"{AmazonSqsTransport.ProtocolName}://{queueName}"), EndpointRole.Application)
    {
        this.parent = parent;
        QueueName = queueName;
        EndpointName = queueName;
        MessageBatchSize = MaximumBatchEntries;
    }

    public string QueueName { get; }

    /// <summary>How the body and attributes of this queue's messages are written and read.</summary>
    public ISqsEnvelopeMapper Mapper { get; set; } = new DefaultSqsEnvelopeMapper();

    /// <summary>Seconds a received message stays hidden from other receivers; the listener extends it while the message is in flight.</summary>
    public int VisibilityTimeout { get; set; } = 120;

    /// <summary>Long-poll wait of a receive (0–20 s).</summary>
    public int WaitTimeSeconds { get; set; } = 5;

    /// <summary>Messages asked for per receive (1–10).</summary>
    public int MaxNumberOfMessages
    {
        get => maxNumberOfMessages;
        set => maxNumberOfMessages = value is >= 1 and <= MaximumBatchEntries
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"SQS returns 1 to {MaximumBatchEntries} messages per receive.");
    }

    /// <summary>
    /// The queue poison messages go to (Wolverine's error queue, sent at once), and the target of the queue's native
    /// redrive policy. Null: no dead-letter queue.
    /// </summary>
    public string? DeadLetterQueueName { get; set; }

    /// <summary>
    /// Receives after which SQS moves a message that was never deleted to the dead-letter queue (the redrive
    /// policy): it catches only messages whose every receiver died holding them.
    /// </summary>
    public int MaxReceiveCount { get; set; } = 5;

    /// <summary>Attributes given to the queue when it is created (auto-provisioning).</summary>
    public CreateQueueRequest Configuration { get; } = new();

    internal AmazonSqsTransport Parent => parent;

    /// <summary>The listener resolves its queue itself, retrying while SQS does not answer.</summary>
    public override ValueTask<IListener> BuildListenerAsync(IWolverineRuntime runtime, IReceiver receiver)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var deadLetters = DeadLetterQueueName is { } name ? parent.EndpointForQueue(name) : null;
        if (deadLetters is not null)
        {
            deadLetters.Mapper = Mapper;
        }

        return ValueTask.FromResult<IListener>(new SqsListener(runtime, this, deadLetters, receiver));
    }

    protected override ISender CreateSender(IWolverineRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        return Mode == EndpointMode.Inline
            ? new InlineSqsSender(this, runtime.LoggerFactory.CreateLogger<InlineSqsSender>(), deadLetters: false)
            : new BatchedSender(this, new SqsSenderProtocol(runtime, this), runtime.Cancellation, runtime.LoggerFactory.CreateLogger<SqsSenderProtocol>());
    }

    public override bool TryBuildDeadLetterSender(IWolverineRuntime runtime, out ISender? deadLetterSender)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        if (DeadLetterQueueName is { } name)
        {
            var deadLetters = parent.EndpointForQueue(name);
            deadLetters.Mapper = Mapper;
            deadLetterSender = new InlineSqsSender(deadLetters, runtime.LoggerFactory.CreateLogger<InlineSqsSender>(), deadLetters: true);
            return true;
        }

        deadLetterSender = null;
        return false;
    }

    public override DeadLetterStorageMode DeadLetterStorage => DeadLetterQueueName is null ? DeadLetterStorageMode.Durable : DeadLetterStorageMode.Native;

    protected override bool supportsMode(EndpointMode mode) => true;

    /// <summary>
    /// Called by Wolverine at start: resolves (or, auto-provisioning, creates) the queue when SQS answers. An SQS that
    /// does not answer must not keep the host from starting (the outbox keeps what is published meanwhile): the queue
    /// is then resolved on first use. A queue SQS says does not exist, without auto-provisioning, stops the start.
    /// </summary>
    public override async ValueTask InitializeAsync(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        try
        {
            await EnsureReadyAsync(logger);
        }
        catch (Exception exception) when (exception is not WolverineSqsTransportException)
        {
            logger.QueueNotReachable(exception, QueueName);
        }
    }

    /// <summary>
    /// Resolves the queue's URL, creating the queue first when the transport auto-provisions. Two callers racing here
    /// may both create it: SQS answers a second identical create with the same queue.
    /// </summary>
    internal async Task EnsureReadyAsync(ILogger logger)
    {
        if (queueUrl is not null)
        {
            return;
        }

        _ = parent.Client ?? throw new InvalidOperationException("The Amazon SQS transport is not connected yet.");
        var url = await parent.FindQueueUrlAsync(QueueName, CancellationToken.None);
        if (url is null && parent.AutoProvision)
        {
            url = await CreateAsync(CancellationToken.None);
            logger.QueueCreated(QueueName);
        }

        queueUrl = url ?? throw new WolverineSqsTransportException(
            $"SQS queue '{QueueName}' does not exist. Create it{(DeadLetterQueueName is null ? string.Empty : $" with '{DeadLetterQueueName}' as its dead-letter queue")}, or turn auto-provisioning on.");
    }

    /// <summary>The URL once resolved; callers initialize first.</summary>
    internal string Url => queueUrl ?? throw new InvalidOperationException($"SQS queue '{QueueName}' is not initialized.");

    /// <summary>
    /// SQS said the queue is gone (a deleted queue, an emulator that restarted): forget its URL and resolve it again,
    /// which re-creates it when the transport auto-provisions.
    /// </summary>
    internal async Task RecoverAsync(ILogger logger)
    {
        queueUrl = null;
        await EnsureReadyAsync(logger);
    }

    private async Task<string> CreateAsync(CancellationToken cancellationToken)
    {
        var client = parent.Client!;
        var attributes = new Dictionary<string, string>(Configuration.Attributes ?? [], StringComparer.Ordinal)
        {
            ["VisibilityTimeout"] = VisibilityTimeout.ToString(CultureInfo.InvariantCulture),
        };
        if (DeadLetterQueueName is { } deadLetterName)
        {
            // Resolved afresh: a queue being created again (an emulator that lost its queues) lost its dead letters too.
            var deadLetters = parent.EndpointForQueue(deadLetterName);
            await deadLetters.RecoverAsync(NullLogger.Instance);
            var arn = (await client.GetQueueAttributesAsync(new GetQueueAttributesRequest
            {
                QueueUrl = deadLetters.Url,
                AttributeNames = ["QueueArn"],
            }, cancellationToken)).Attributes?.GetValueOrDefault("QueueArn")
                ?? throw new WolverineSqsTransportException($"SQS did not report the ARN of '{deadLetterName}'.");
            attributes["RedrivePolicy"] = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["deadLetterTargetArn"] = arn,
                ["maxReceiveCount"] = MaxReceiveCount,
            });
        }

        return (await client.CreateQueueAsync(new CreateQueueRequest { QueueName = QueueName, Attributes = attributes, Tags = Configuration.Tags }, cancellationToken)).QueueUrl;
    }

    /// <summary>One message, outside a batch: dead letters and inline sends.</summary>
    internal async Task SendAsync(Envelope envelope, IEnumerable<KeyValuePair<string, MessageAttributeValue>> extraAttributes, CancellationToken cancellationToken)
    {
        var (body, attributes) = Write(envelope);
        foreach (var (key, value) in extraAttributes)
        {
            attributes[key] = value;
        }

        AssertFits(envelope, body, attributes);
        await EnsureReadyAsync(NullLogger.Instance);
        await parent.Client!.SendMessageAsync(new SendMessageRequest { QueueUrl = Url, MessageBody = body, MessageAttributes = attributes }, cancellationToken);
    }

    internal (string Body, Dictionary<string, MessageAttributeValue> Attributes) Write(Envelope envelope) =>
        (Mapper.BuildMessageBody(envelope), new Dictionary<string, MessageAttributeValue>(Mapper.ToAttributes(envelope), StringComparer.Ordinal));

    /// <summary>The bytes SQS counts for a message: its body, and each attribute's name, type and value.</summary>
    internal static int SizeOf(string body, IReadOnlyDictionary<string, MessageAttributeValue> attributes) =>
        Encoding.UTF8.GetByteCount(body) + attributes.Sum(a =>
            Encoding.UTF8.GetByteCount(a.Key) + Encoding.UTF8.GetByteCount(a.Value.DataType ?? string.Empty) + Encoding.UTF8.GetByteCount(a.Value.StringValue ?? string.Empty));

    internal static void AssertFits(Envelope envelope, string body, IReadOnlyDictionary<string, MessageAttributeValue> attributes)
    {
        if (SizeOf(body, attributes) > MaximumMessageBytes)
        {
            throw new MessageTooLargeException(envelope, MaximumMessageBytes);
        }
    }

    public async ValueTask<bool> CheckAsync() => await parent.FindQueueUrlAsync(QueueName, CancellationToken.None) is not null;

    public async ValueTask TeardownAsync(ILogger logger)
    {
        if (await parent.FindQueueUrlAsync(QueueName, CancellationToken.None) is { } url)
        {
            await parent.Client!.DeleteQueueAsync(new DeleteQueueRequest { QueueUrl = url });
        }

        queueUrl = null;
    }

    public async ValueTask SetupAsync(ILogger logger)
    {
        queueUrl = await parent.FindQueueUrlAsync(QueueName, CancellationToken.None) ?? await CreateAsync(CancellationToken.None);
    }

    public async ValueTask PurgeAsync(ILogger logger)
    {
        await EnsureReadyAsync(logger);
        await parent.Client!.PurgeQueueAsync(new PurgeQueueRequest { QueueUrl = Url });
    }

    public async ValueTask<Dictionary<string, string>> GetAttributesAsync()
    {
        await EnsureReadyAsync(NullLogger.Instance);
        var attributes = (await parent.Client!.GetQueueAttributesAsync(new GetQueueAttributesRequest
        {
            QueueUrl = Url,
            AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
        })).Attributes ?? [];
        return new Dictionary<string, string>(attributes, StringComparer.Ordinal) { ["name"] = QueueName };
    }
}
