namespace Commerce.BuildingBlocks.Infrastructure.Caching;

/// <summary>
/// How long cached reads live (section <c>Caching</c>). A change removes its entries from Redis and from the changing
/// node's memory at once; another node's memory keeps an entry for up to <see cref="LocalExpiration"/>, which is
/// therefore how stale a read can be. <see cref="Expiration"/> bounds the rest: an entry whose removal was lost
/// (Redis away at that moment) lives no longer than that.
/// </summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    public const string ConnectionStringName = "Redis";

    /// <summary>Prefixes every key in Redis: shops (or test hosts) sharing one Redis never read each other's entries.</summary>
    public string InstanceName { get; init; } = "commerce:";

    public TimeSpan LocalExpiration { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Expiration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a call to Redis may take before the read goes on without it.</summary>
    public TimeSpan RedisTimeout { get; init; } = TimeSpan.FromMilliseconds(500);
}
