using System.Text.RegularExpressions;

namespace Commerce.BuildingBlocks.Infrastructure.Sqs;

/// <summary>SQS queue names: letters, digits, '-' and '_', at most 80 characters (".fifo" included).</summary>
public static partial class SqsQueueName
{
    public const string DeadLetterSuffix = "-dlq";

    public static string For(string prefix, string logicalName)
    {
        var name = prefix + logicalName;
        return Valid().IsMatch(name) && name.Length + DeadLetterSuffix.Length <= 80
            ? name
            : throw new ArgumentException($"'{name}' cannot name an SQS queue and its dead-letter queue: use letters, digits, '-' or '_', at most {80 - DeadLetterSuffix.Length} characters.", nameof(logicalName));
    }

    public static string DeadLetterOf(string queueName) => queueName + DeadLetterSuffix;

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex Valid();
}
