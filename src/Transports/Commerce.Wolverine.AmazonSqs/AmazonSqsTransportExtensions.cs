using Amazon.SQS;
using Wolverine.AmazonSqs.Internal;
using Wolverine.Configuration;

namespace Wolverine.AmazonSqs;

public static class AmazonSqsTransportExtensions
{
    public static AmazonSqsTransportConfiguration UseAmazonSqsTransport(this WolverineOptions options) =>
        UseAmazonSqsTransport(options, _ => { });

    /// <param name="configuration">The SDK client's settings: <c>ServiceURL</c> (an emulator), <c>RegionEndpoint</c>, retries.</param>
    public static AmazonSqsTransportConfiguration UseAmazonSqsTransport(this WolverineOptions options, Action<AmazonSQSConfig> configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var transport = options.Transports.GetOrCreate<AmazonSqsTransport>();
        configuration(transport.Config);
        return new AmazonSqsTransportConfiguration(transport, options);
    }

    /// <summary>Receive from the queue named <paramref name="queueName"/> (prefixed when the transport prefixes identifiers).</summary>
    public static AmazonSqsListenerConfiguration ListenToSqsQueue(this WolverineOptions options, string queueName, Action<AmazonSqsQueue>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var transport = options.Transports.GetOrCreate<AmazonSqsTransport>();
        var queue = transport.EndpointForQueue(transport.MaybeCorrectName(queueName));
        queue.IsListener = true;
        configure?.Invoke(queue);
        return new AmazonSqsListenerConfiguration(queue);
    }

    /// <summary>Send the matching messages to the queue named <paramref name="queueName"/>.</summary>
    public static AmazonSqsSubscriberConfiguration ToSqsQueue(this IPublishToExpression publishing, string queueName)
    {
        ArgumentNullException.ThrowIfNull(publishing);
        var transport = ((PublishingExpression)publishing).Parent.Transports.GetOrCreate<AmazonSqsTransport>();
        var queue = transport.EndpointForQueue(transport.MaybeCorrectName(queueName));
        publishing.To(queue.Uri);
        return new AmazonSqsSubscriberConfiguration(queue);
    }
}
