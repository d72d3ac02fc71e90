using Amazon.SQS.Model;
using Wolverine.Runtime.Serialization;
using Wolverine.Transports;

namespace Wolverine.AmazonSqs;

/// <summary>How an envelope is written to and read from an SQS message: its body and its message attributes.</summary>
public interface ISqsEnvelopeMapper
{
    string BuildMessageBody(Envelope envelope);

    IEnumerable<KeyValuePair<string, MessageAttributeValue>> ToAttributes(Envelope envelope);

    /// <param name="attributes">Never null: an empty dictionary when the message carries none.</param>
    void ReadEnvelopeData(Envelope envelope, string messageBody, IDictionary<string, MessageAttributeValue> attributes);
}

/// <summary>Wolverine to Wolverine: the whole envelope, base64 in the body. Interop needs a mapper of its own.</summary>
public sealed class DefaultSqsEnvelopeMapper : ISqsEnvelopeMapper
{
    public string BuildMessageBody(Envelope envelope) => EnvelopeSerializer.SerializeToBase64(envelope);

    public IEnumerable<KeyValuePair<string, MessageAttributeValue>> ToAttributes(Envelope envelope) =>
        [new(TransportConstants.ProtocolVersion, new MessageAttributeValue { DataType = "String", StringValue = "1.0" })];

    public void ReadEnvelopeData(Envelope envelope, string messageBody, IDictionary<string, MessageAttributeValue> attributes) =>
        EnvelopeSerializer.ReadEnvelopeData(envelope, Convert.FromBase64String(messageBody));
}
