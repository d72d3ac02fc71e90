using Amazon.SQS;
using Amazon.SQS.Model;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commerce.BuildingBlocks.Infrastructure.Health;

/// <summary>Ready only when the SQS endpoint answers a cheap, read-only call.</summary>
internal sealed class SqsHealthCheck(IAmazonSQS sqs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await sqs.ListQueuesAsync(new ListQueuesRequest { MaxResults = 1 }, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is AmazonSQSException or Amazon.Runtime.AmazonServiceException or HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy("The SQS endpoint does not answer.", exception);
        }
    }
}
