using System.Collections.Concurrent;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using Wolverine.Configuration;
using Wolverine.Runtime;
using Wolverine.Transports;

namespace Wolverine.AmazonSqs.Internal;

/// <summary>SQS as a Wolverine broker: one endpoint per queue, addressed <c>sqs://queue-name</c>.</summary>
public sealed class AmazonSqsTransport : BrokerTransport<AmazonSqsQueue>, IAsyncDisposable
{
    public const string ProtocolName = "sqs";

    /// <summary>SQS's limit on a queue name, a <c>.fifo</c> suffix included.</summary>
    public const int MaximumQueueNameLength = 80;

    private readonly ConcurrentDictionary<string, AmazonSqsQueue> queues = new(StringComparer.Ordinal);

    public AmazonSqsTransport()
        : base(ProtocolName, "Amazon SQS", ["aws", "sqs"])
    {
        IdentifierDelimiter = "-";
    }

    /// <summary>Endpoint, region and retry settings of the SDK client; credentials come from <see cref="CredentialSource"/>.</summary>
    public AmazonSQSConfig Config { get; } = new();

    /// <summary>Null: the SDK's default credential chain (instance role, environment, profile).</summary>
    public Func<IWolverineRuntime, AWSCredentials>? CredentialSource { get; set; }

    public IAmazonSQS? Client { get; internal set; }

    public IEnumerable<AmazonSqsQueue> Queues => queues.Values;

    public override Uri ResourceUri => string.IsNullOrEmpty(Config.ServiceURL) ? new Uri("sqs://amazon") : new Uri(Config.ServiceURL);

    public AmazonSqsQueue EndpointForQueue(string queueName) =>
        queues.GetOrAdd(queueName, name => new AmazonSqsQueue(ValidQueueName(name), this));

    /// <summary>Letters, digits, '-' and '_', at most 80 characters: anything else SQS refuses at creation.</summary>
    public static string ValidQueueName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var bare = name.EndsWith(".fifo", StringComparison.Ordinal) ? name[..^5] : name;
        return name.Length <= MaximumQueueNameLength && bare.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? name
            : throw new ArgumentException($"'{name}' cannot name an SQS queue: use letters, digits, '-' or '_', at most {MaximumQueueNameLength} characters.", nameof(name));
    }

    public override ValueTask ConnectAsync(IWolverineRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        Client ??= CredentialSource is null ? new AmazonSQSClient(Config) : new AmazonSQSClient(CredentialSource(runtime), Config);
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<PropertyColumn> DiagnosticColumns()
    {
        yield return new PropertyColumn("Queue Name", "name");
        yield return new PropertyColumn("Messages", "ApproximateNumberOfMessages", Spectre.Console.Justify.Right);
        yield return new PropertyColumn("Not Visible", "ApproximateNumberOfMessagesNotVisible", Spectre.Console.Justify.Right);
    }

    protected override IEnumerable<Endpoint> explicitEndpoints() => endpoints();

    /// <summary>Every queue named in the configuration, with the dead-letter queue of each listener.</summary>
    protected override IEnumerable<AmazonSqsQueue> endpoints()
    {
        foreach (var name in queues.Values.Where(q => q.IsListener).Select(q => q.DeadLetterQueueName).OfType<string>().Distinct().ToArray())
        {
            EndpointForQueue(name);
        }

        return queues.Values;
    }

    protected override AmazonSqsQueue findEndpointByUri(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.Scheme == ProtocolName
            ? EndpointForQueue(uri.OriginalString[(ProtocolName.Length + 3)..].TrimEnd('/'))
            : throw new ArgumentOutOfRangeException(nameof(uri), $"'{uri}' is not an {ProtocolName}:// address.");
    }

    internal async Task<string?> FindQueueUrlAsync(string queueName, CancellationToken cancellationToken)
    {
        try
        {
            return (await Client!.GetQueueUrlAsync(new GetQueueUrlRequest { QueueName = queueName }, cancellationToken)).QueueUrl;
        }
        catch (QueueDoesNotExistException)
        {
            return null;
        }
    }

    public ValueTask DisposeAsync()
    {
        Client?.Dispose();
        return ValueTask.CompletedTask;
    }
}
