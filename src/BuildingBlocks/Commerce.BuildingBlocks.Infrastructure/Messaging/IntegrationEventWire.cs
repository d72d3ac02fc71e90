using System.Security.Cryptography;
using System.Text;
using Amazon.SQS.Model;
using Wolverine;
using Wolverine.AmazonSqs;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Integration events on SQS, readable by anyone: the body is the event as plain JSON (camelCase), and what routing
/// and tracing need travels as message attributes. A message another system sends as plain JSON with a
/// <see cref="MessageType"/> attribute is received the same way.
/// </summary>
public sealed class IntegrationEventWire(IEnumerable<Type> eventTypes) : ISqsEnvelopeMapper
{
    public const string MessageType = "message-type";
    public const string MessageId = "message-id";
    public const string CorrelationId = "correlation-id";
    public const string TraceParent = "traceparent";

    /// <summary>The wire names an event by its contract's short name (<c>OrderPlaced</c>); Wolverine's name is the full one.</summary>
    private readonly Dictionary<string, string> wireNames = eventTypes.ToDictionary(t => t.FullName ?? t.Name, t => t.Name, StringComparer.Ordinal);

    public string BuildMessageBody(Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return Encoding.UTF8.GetString(envelope.Data ?? []);
    }

    public IEnumerable<KeyValuePair<string, MessageAttributeValue>> ToAttributes(Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        yield return Text(MessageType, wireNames.GetValueOrDefault(envelope.MessageType ?? string.Empty, envelope.MessageType ?? string.Empty));
        yield return Text(MessageId, envelope.Id.ToString());
        if (envelope.CorrelationId is { Length: > 0 } correlation)
        {
            yield return Text(CorrelationId, correlation);
        }

        if (envelope.ParentId is { Length: > 0 } parent)
        {
            yield return Text(TraceParent, parent);
        }
    }

    public void ReadEnvelopeData(Envelope envelope, string messageBody, IDictionary<string, MessageAttributeValue> attributes)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(attributes);
        string? Attribute(string name) => attributes.TryGetValue(name, out var value) ? value.StringValue : null;

        envelope.MessageType = Attribute(MessageType) is { Length: > 0 } type
            ? type
            : throw new InvalidOperationException($"The message has no '{MessageType}' attribute.");
        envelope.Id = IdOf(Attribute(MessageId)) ?? Guid.NewGuid();
        envelope.CorrelationId = Attribute(CorrelationId);
        envelope.ParentId = Attribute(TraceParent);
        envelope.ContentType = "application/json";
        envelope.Data = Encoding.UTF8.GetBytes(messageBody);
    }

    /// <summary>
    /// A dead letter sent back to its queue is a new delivery (the inbox already holds the failed one under its id),
    /// but the same dead letter sent back twice is one: its id derives from the original and the dead letter's own.
    /// </summary>
    public static string RedeliveryId(string originalId, string deadLetterMessageId) => IdOf($"{originalId}:{deadLetterMessageId}")!.Value.ToString();

    /// <summary>
    /// The inbox deduplicates by envelope id: ours are GUIDs; another system's id (any text) maps to the same GUID
    /// every time it is redelivered.
    /// </summary>
    private static Guid? IdOf(string? messageId) => messageId switch
    {
        null or "" => null,
        _ when Guid.TryParse(messageId, out var id) => id,
        _ => new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)).AsSpan(0, 16)),
    };

    private static KeyValuePair<string, MessageAttributeValue> Text(string name, string value) =>
        new(name, new MessageAttributeValue { DataType = "String", StringValue = value });
}
