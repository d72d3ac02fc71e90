namespace Commerce.BuildingBlocks.Application.Idempotency;

public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a key replays its first response; after that the key may be used again.</summary>
    public TimeSpan KeyLifetime { get; init; } = TimeSpan.FromHours(24);
}
