using System.Globalization;
using System.Threading.RateLimiting;
using Commerce.BuildingBlocks.Api.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.BuildingBlocks.Api.RateLimiting;

public static class RateLimitingRegistration
{
    public static IServiceCollection AddCommerceRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new RateLimitOptions();
        configuration.GetSection(RateLimitOptions.Section).Bind(options);
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                options.Enabled ? Partition(http, options.Global) : RateLimitPartition.GetNoLimiter(string.Empty));
            foreach (var (name, policy) in options.Policies)
            {
                limiter.AddPolicy(name, http => options.Enabled ? Partition(http, policy) : RateLimitPartition.GetNoLimiter(string.Empty));
            }

            // An endpoint may name a policy the configuration left out; it then has only the global budget.
            foreach (var name in RatePolicies.All.Where(n => !options.Policies.ContainsKey(n)))
            {
                limiter.AddPolicy(name, _ => RateLimitPartition.GetNoLimiter(string.Empty));
            }

            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>The caller's own budget: per user when the token names one, else per IP address.</summary>
    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitPolicy policy)
    {
        var client = http.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? "user:" + name
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = policy.PermitLimit,
            Window = policy.Window,
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ProblemFactory.WriteAsync(http, StatusCodes.Status429TooManyRequests, ErrorCodes.TooManyRequests,
            $"Too many requests from this client; retry after {seconds} s.");
    }
}
