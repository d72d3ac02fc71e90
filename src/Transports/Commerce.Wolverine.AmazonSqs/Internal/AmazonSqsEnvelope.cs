using Amazon.SQS.Model;

namespace Wolverine.AmazonSqs.Internal;

/// <summary>An envelope read from SQS, with what deleting, hiding or re-sending its message needs.</summary>
internal sealed class AmazonSqsEnvelope(Message message) : Envelope
{
    public string ReceiptHandle { get; } = message.ReceiptHandle;

    public string RawBody { get; } = message.Body;

    public Dictionary<string, MessageAttributeValue> RawAttributes { get; } = message.MessageAttributes ?? [];
}
