namespace Commerce.BuildingBlocks.Infrastructure.Sqs;

/// <summary>
/// Where SQS is. Locally the emulator started by build/infra.sh; in production leave <see cref="ServiceUrl"/> and the
/// keys empty and set <see cref="Region"/>: the AWS SDK then uses the region's endpoint and its default credentials.
/// </summary>
public sealed class SqsOptions
{
    public const string Section = "Sqs";

    public string? ServiceUrl { get; init; }

    public string Region { get; init; } = "us-east-1";

    public string? AccessKey { get; init; }

    public string? SecretKey { get; init; }

    /// <summary>Prepended to every queue name, so several environments can share one account.</summary>
    public string QueuePrefix { get; init; } = "commerce-";
}
