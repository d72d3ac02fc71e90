using Wolverine.AmazonSqs.Internal;
using Wolverine.Configuration;

namespace Wolverine.AmazonSqs;

public sealed class AmazonSqsSubscriberConfiguration(AmazonSqsQueue endpoint)
    : SubscriberConfiguration<AmazonSqsSubscriberConfiguration, AmazonSqsQueue>(endpoint)
{
    /// <summary>Writes messages in another system's format.</summary>
    public AmazonSqsSubscriberConfiguration InteropWith(ISqsEnvelopeMapper mapper)
    {
        add(queue => queue.Mapper = mapper);
        return this;
    }
}
