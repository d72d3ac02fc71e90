namespace Commerce.BuildingBlocks.Infrastructure.Caching;

/// <summary>
/// How long cached reads live (section <c>Caching</c>). A change removes its entries from Redis and from the changing
/// node's memory at once, and tells every other node's memory through Redis within moments. Expiries only bound what
/// a failure leaves: a node cut off from Redis while another changed a product keeps its entry in memory for up to
/// <see cref="LocalExpiration"/>; a removal that could not reach Redis is retried when Redis is back, and an entry
/// whose removal was lost with its node lives no longer than <see cref="Expiration"/>.
/// </summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    public const string ConnectionStringName = "Redis";

    /// <summary>Prefixes every key in Redis: shops (or test hosts) sharing one Redis never read each other's entries.</summary>
    public string InstanceName { get; init; } = "commerce:";

    public TimeSpan LocalExpiration { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan Expiration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a call to Redis may take before the read goes on without it.</summary>
    public TimeSpan RedisTimeout { get; init; } = TimeSpan.FromMilliseconds(500);
}
