using Amazon;
using Amazon.Runtime;
using Amazon.SQS;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.BuildingBlocks.Infrastructure.Sqs;

/// <summary>The SDK client the operator's tools and the readiness check use; Wolverine's transport builds its own from the same settings.</summary>
public static class SqsRegistration
{
    public static SqsOptions AddSqs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SqsOptions.Section).Get<SqsOptions>() ?? new SqsOptions();
        services.TryAddSingleton(options);
        services.TryAddSingleton<IAmazonSQS>(_ => Credentials(options) is { } keys ? new AmazonSQSClient(keys, Config(options)) : new AmazonSQSClient(Config(options)));
        services.TryAddSingleton<SqsQueues>();
        return options;
    }

    public static AmazonSQSConfig Config(SqsOptions options) => Configure(new AmazonSQSConfig(), options);

    public static AmazonSQSConfig Configure(AmazonSQSConfig config, SqsOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        return config;
    }

    /// <summary>Keys from configuration; null (none given) leaves the SDK its default chain: instance role, environment, profile.</summary>
    public static BasicAWSCredentials? Credentials(SqsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.AccessKey) ? null : new BasicAWSCredentials(options.AccessKey, options.SecretKey);
    }
}
