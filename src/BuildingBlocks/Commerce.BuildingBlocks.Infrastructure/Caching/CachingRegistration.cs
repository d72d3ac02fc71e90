using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Commerce.BuildingBlocks.Infrastructure.Caching;

public static class CachingRegistration
{
    /// <summary>
    /// HybridCache: each node's memory first, Redis shared behind it. Redis being away never fails a read: calls fail
    /// fast (no queueing while it reconnects), HybridCache goes to the database, and readiness reports Redis degraded.
    /// </summary>
    public static IServiceCollection AddCommerceCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CachingOptions.Section).Get<CachingOptions>() ?? new CachingOptions();
        var connectionString = configuration.GetConnectionString(CachingOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
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
        services.AddStackExchangeRedisCache(cache => cache.InstanceName = options.InstanceName);
        services.AddOptions<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions>()
            .Configure<IServiceProvider>((cache, provider) =>
                cache.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()));
        services.AddHybridCache(hybrid => hybrid.DefaultEntryOptions = new HybridCacheEntryOptions
        {
            Expiration = options.Expiration,
            LocalCacheExpiration = options.LocalExpiration,
        });
        return services;
    }
}
