using Commerce.BuildingBlocks.Application;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace Commerce.BuildingBlocks.Infrastructure.Caching;

public static class CachingRegistration
{
    /// <summary>The meter of cache hits, misses and removals, for the host's telemetry.</summary>
    public const string MeterName = FusionCacheDiagnostics.MeterName;

    private static readonly TimeSpan RedisPause = TimeSpan.FromSeconds(2);

    /// <summary>
    /// <c>HybridCache</c>, implemented by FusionCache: each node's memory first, Redis shared behind it, and Redis
    /// pub/sub as the backplane that tells every other node's memory of a removal, so a change is read everywhere
    /// within moments rather than after a memory expiry. Redis being away never fails a read: calls fail fast (no
    /// queueing while it reconnects), the read goes to the database, notifications that could not be sent are sent
    /// when Redis is back, and readiness reports Redis degraded.
    /// </summary>
    public static IServiceCollection AddCommerceCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CachingOptions.Section).Get<CachingOptions>() ?? new CachingOptions();
        var connectionString = configuration.GetConnectionString(CachingOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new SettingRefusedException(
                $"ConnectionStrings:{CachingOptions.ConnectionStringName} is not set: name the Redis that nodes share their cached reads through.");
        }

        var redis = ConfigurationOptions.Parse(connectionString);
        redis.AbortOnConnectFail = false;
        redis.BacklogPolicy = BacklogPolicy.FailFast;
        redis.ConnectTimeout = (int)options.RedisTimeout.TotalMilliseconds;
        redis.SyncTimeout = (int)options.RedisTimeout.TotalMilliseconds;
        redis.AsyncTimeout = (int)options.RedisTimeout.TotalMilliseconds;

        services.AddSingleton(options);
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
        services.AddFusionCache()
            .WithOptions(fusion =>
            {
                fusion.BackplaneChannelPrefix = options.InstanceName;
                // After a failed call, leave Redis alone a moment: reads go straight to the database instead of
                // failing one call each and logging it; what could not be written or told is retried (auto-recovery).
                fusion.DistributedCacheCircuitBreakerDuration = RedisPause;
                fusion.BackplaneCircuitBreakerDuration = RedisPause;
                // A tag's removal time is otherwise kept in memory for days, trusting the backplane: a node that missed
                // a removal would serve a page it should have dropped until the page left Redis.
                fusion.TagsDefaultEntryOptions.MemoryCacheDuration = options.LocalExpiration;
            })
            .WithDefaultEntryOptions(entry =>
            {
                entry.Duration = options.Expiration;
                entry.MemoryCacheDuration = options.LocalExpiration;
            })
            .WithSerializer(new FusionCacheSystemTextJsonSerializer())
            .WithDistributedCache(provider => new RedisCache(new RedisCacheOptions
            {
                InstanceName = options.InstanceName,
                ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()),
            }))
            .WithBackplane(provider => new RedisBackplane(
                Options.Create(new RedisBackplaneOptions { ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()) }),
                provider.GetService<ILogger<RedisBackplane>>()))
            .AsHybridCache();
        return services;
    }
}
