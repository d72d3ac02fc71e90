using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Commerce.BuildingBlocks.Infrastructure.Health;

public static class HealthRegistration
{
    /// <summary>Tag of the checks that decide readiness (the process can serve traffic), as opposed to liveness.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddDependencyHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks()
            .AddNpgSql(configuration.GetConnectionString(MartenRegistration.ConnectionStringName)!, name: "postgresql", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(3))
            .AddCheck<SqsHealthCheck>("sqs", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(3))
            // Degraded, not unhealthy: without Redis every read still answers, from the database, so the node stays in service.
            .AddRedis(provider => provider.GetRequiredService<IConnectionMultiplexer>(), name: "redis", failureStatus: HealthStatus.Degraded, tags: [ReadyTag], timeout: TimeSpan.FromSeconds(3));
        return services;
    }
}
