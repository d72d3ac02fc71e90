using Commerce.BuildingBlocks.Application;
using Commerce.BuildingBlocks.Application.DeadLetters;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Infrastructure.Sqs;
using Commerce.BuildingBlocks.Infrastructure.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

public static class MessagingRegistration
{
    public const string RelayQueue = "sqs-relay";

    /// <summary>
    /// Wolverine as the transactional outbox in front of SQS (docs/decisions/0005): integration events go to a durable
    /// local queue, persisted with the Marten transaction that published them, and its handler sends them to SQS.
    /// </summary>
    public static IServiceCollection AddCommerceMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSqs(configuration);
        services.AddScoped<IIntegrationEvents, MartenOutboxIntegrationEvents>();
        services.AddSingleton<IDeadLetters, SqsDeadLetters>();
        services.AddUseCasesFrom(typeof(IDeadLetters).Assembly);
        services.AddSingleton(configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions());
        services.AddSingleton<MessagingMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<MessagingMonitor>());
        services.AddWolverine(options =>
        {
            options.Durability.Mode = configuration.GetValue("Messaging:DurabilityMode", DurabilityMode.Balanced);
            options.Discovery.DisableConventionalDiscovery().IncludeType<SqsRelayHandler>();
            options.PublishMessage<OutgoingIntegrationEvent>().ToLocalQueue(RelayQueue);
            options.LocalQueue(RelayQueue).UseDurableInbox();

            // Up to ten events per SQS request: what arrives within 10 ms is relayed together (every relay hop waits that long
            // at most; two hops lie between a checkout and its confirmation).
            options.BatchMessagesOf<OutgoingIntegrationEvent>(batching =>
            {
                batching.BatchSize = 10;
                batching.TriggerTime = TimeSpan.FromMilliseconds(10);
            });

            // A message SQS can never take is parked at once; anything else is retried, then parked where an
            // operator sees it (Wolverine's dead-letter table), never dropped.
            options.OnException<MessageTooLargeException>().MoveToErrorQueue();
            options.OnException<Exception>()
                .RetryWithCooldown(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5))
                .Then.ScheduleRetry(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10))
                .Then.MoveToErrorQueue();
        });
        return services;
    }

    public static IServiceCollection AddSqsSubscription(this IServiceCollection services, string queue, params Type[] eventTypes) =>
        services.AddSingleton(new SqsSubscription(queue, [.. eventTypes.Select(t => t.Name)]));
}
