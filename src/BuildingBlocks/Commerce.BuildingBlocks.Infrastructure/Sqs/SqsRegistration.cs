using Amazon;
using Amazon.Runtime;
using Amazon.SQS;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.BuildingBlocks.Infrastructure.Sqs;

public static class SqsRegistration
{
    public static IServiceCollection AddSqs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SqsOptions.Section).Get<SqsOptions>() ?? new SqsOptions();
        services.TryAddSingleton(options);
        services.TryAddSingleton<IAmazonSQS>(_ => CreateClient(options));
        services.TryAddSingleton<SqsQueues>();
        services.TryAddSingleton<SqsSender>();
        services.TryAddSingleton<SqsListener>();
        return services;
    }

    public static AmazonSQSClient CreateClient(SqsOptions options)
    {
        var config = new AmazonSQSConfig();
        if (!string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        return string.IsNullOrWhiteSpace(options.AccessKey)
            ? new AmazonSQSClient(config)
            : new AmazonSQSClient(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }
}
