using Amazon.SQS.Model;
using Wolverine.Transports;

namespace Wolverine.AmazonSqs.Internal;

/// <summary>Why a dead letter failed, as message attributes an operator (or any SQS console) reads.</summary>
internal static class SqsFailure
{
    public const string ExceptionTypeAttribute = "exception-type";
    public const string ExceptionMessageAttribute = "exception-message";

    private const int MaxMessageLength = 1000;

    public static Dictionary<string, MessageAttributeValue> AttributesOf(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Attributes(exception.GetType().FullName ?? exception.GetType().Name, exception.Message);
    }

    /// <summary>From the envelope's failure, or the headers Wolverine stamps on a dead letter.</summary>
    public static Dictionary<string, MessageAttributeValue> AttributesOf(Envelope envelope)
    {
        if (envelope.Failure is { } failure)
        {
            return AttributesOf(failure);
        }

        var headers = envelope.Headers;
        return headers.TryGetValue(DeadLetterQueueConstants.ExceptionTypeHeader, out var type) && type is not null
            ? Attributes(type, headers.GetValueOrDefault(DeadLetterQueueConstants.ExceptionMessageHeader))
            : [];
    }

    private static Dictionary<string, MessageAttributeValue> Attributes(string type, string? message)
    {
        message = string.IsNullOrEmpty(message) ? "-" : message.Length <= MaxMessageLength ? message : message[..MaxMessageLength];
        return new Dictionary<string, MessageAttributeValue>(StringComparer.Ordinal)
        {
            [ExceptionTypeAttribute] = new() { DataType = "String", StringValue = type },
            [ExceptionMessageAttribute] = new() { DataType = "String", StringValue = message },
        };
    }
}
