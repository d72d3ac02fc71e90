using Amazon.Runtime;
using Wolverine.AmazonSqs.Internal;
using Wolverine.Runtime;
using Wolverine.Transports;

namespace Wolverine.AmazonSqs;

/// <summary>What <c>UseAmazonSqsTransport</c> returns: the transport's settings (and, from the base, AutoProvision, PrefixIdentifiers, ConfigureListeners, ConfigureSenders).</summary>
public sealed class AmazonSqsTransportConfiguration(AmazonSqsTransport transport, WolverineOptions options)
    : BrokerExpression<AmazonSqsTransport, AmazonSqsQueue, AmazonSqsQueue, AmazonSqsListenerConfiguration, AmazonSqsSubscriberConfiguration, AmazonSqsTransportConfiguration>(transport, options)
{
    public AmazonSqsTransportConfiguration Credentials(AWSCredentials credentials)
    {
        Transport.CredentialSource = _ => credentials;
        return this;
    }

    public AmazonSqsTransportConfiguration Credentials(Func<IWolverineRuntime, AWSCredentials> credentialSource)
    {
        Transport.CredentialSource = credentialSource;
        return this;
    }

    protected override AmazonSqsListenerConfiguration createListenerExpression(AmazonSqsQueue listenerEndpoint) => new(listenerEndpoint);

    protected override AmazonSqsSubscriberConfiguration createSubscriberExpression(AmazonSqsQueue subscriberEndpoint) => new(subscriberEndpoint);
}
