using Wolverine.AmazonSqs.Internal;
using Wolverine.Configuration;

namespace Wolverine.AmazonSqs;

public sealed class AmazonSqsListenerConfiguration(AmazonSqsQueue endpoint)
    : ListenerConfiguration<AmazonSqsListenerConfiguration, AmazonSqsQueue>(endpoint)
{
    /// <summary>
    /// Poison messages go to <paramref name="deadLetterQueue"/> at once; the queue is also created with a native redrive
    /// policy to it, for messages whose every receiver died holding them.
    /// </summary>
    public AmazonSqsListenerConfiguration ConfigureDeadLetterQueue(string deadLetterQueue, Action<AmazonSqsQueue>? configure = null)
    {
        add(queue =>
        {
            queue.DeadLetterQueueName = AmazonSqsTransport.ValidQueueName(deadLetterQueue);
            configure?.Invoke(queue.Parent.EndpointForQueue(deadLetterQueue));
        });
        return this;
    }

    /// <summary>No dead-letter queue: Wolverine keeps poison messages in its own dead-letter storage instead.</summary>
    public AmazonSqsListenerConfiguration DisableDeadLetterQueueing()
    {
        add(queue => queue.DeadLetterQueueName = null);
        return this;
    }

    /// <summary>Reads (and, for the dead-letter queue, writes) messages in another system's format.</summary>
    public AmazonSqsListenerConfiguration InteropWith(ISqsEnvelopeMapper mapper)
    {
        add(queue => queue.Mapper = mapper);
        return this;
    }
}
