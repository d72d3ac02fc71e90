using System.Text.Json;
using Commerce.BuildingBlocks.Application;
using Commerce.BuildingBlocks.Application.DeadLetters;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Infrastructure.Sqs;
using Commerce.BuildingBlocks.Infrastructure.Telemetry;
using Microsoft.Extensions.Configuration;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Marten;
using Wolverine.Marten.Publishing;
using Wolverine;
using Wolverine.AmazonSqs;
using Wolverine.EntityFrameworkCore;
using Wolverine.ErrorHandling;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// Wolverine carries every integration event (docs/decisions/0007): written to its outbox in the publishing
    /// transaction, sent from there to each subscribed SQS queue, received into its durable inbox, handled by the
    /// consuming context's consumer (which sends the use case through MediatR). The topology is the
    /// <see cref="QueueSubscription"/>s registered in the container.
    /// </summary>
    public static IServiceCollection AddCommerceMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var sqs = services.AddSqs(configuration);
        var messaging = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddSingleton(messaging);
        // Every scope's Marten session is enrolled in the scope's message context. In a Wolverine handler that is the
        // handler's own context (Wolverine primes the scope it service-locates from), so the use case's commit also
        // marks the incoming message handled: the state change, the events it publishes and the inbox's record of the
        // message commit together, and the receiver skips its own update. Elsewhere (an HTTP request) it is a fresh
        // context, as Wolverine's Marten outbox would be.
        services.Replace(ServiceDescriptor.Scoped<IDocumentSession>(provider =>
            provider.GetRequiredService<OutboxedSessionFactory>().OpenSession(provider.GetRequiredService<IMessageBus>())));
        services.AddScoped<WolverineOutbox>();
        services.AddScoped<IIntegrationEvents>(provider => provider.GetRequiredService<WolverineOutbox>());
        services.AddScoped<IScheduledMessages>(provider => provider.GetRequiredService<WolverineOutbox>());
        services.AddSingleton<IDeadLetters, SqsDeadLetters>();
        services.AddUseCasesFrom(typeof(IDeadLetters).Assembly);
        services.AddSingleton(configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions());
        services.AddSingleton<MessagingMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<MessagingMonitor>());
        services.AddSingleton<IWolverineExtension, SqsTopology>();
        services.AddWolverine(options =>
        {
            options.Durability.Mode = messaging.DurabilityMode;
            options.Durability.MessageIdentity = MessageIdentity.IdAndDestination; // one event, several consuming queues
            options.Durability.KeepAfterMessageHandling = messaging.KeepHandledMessages;
            options.Durability.HealthCheckPollingTime = messaging.NodeHealthCheckInterval;
            options.Durability.NodeReassignmentPollingTime = messaging.NodeHealthCheckInterval;
            options.Durability.StaleNodeTimeout = messaging.StaleNodeTimeout;
            options.Durability.OrphanedMessageSweepPollingTime = messaging.RecoveryInterval;
            options.Durability.ScheduledJobPollingTime = messaging.RecoveryInterval;
            options.Durability.InboxStaleTime = messaging.StaleEnvelopeRecovery;
            options.Durability.OutboxStaleTime = messaging.StaleEnvelopeRecovery;
            options.DefaultExecutionTimeout = messaging.HandlerTimeout;
            options.Discovery.DisableConventionalDiscovery();
            options.CodeGeneration.AlwaysUseServiceLocationFor<IMediator>(); // MediatR 5 builds handlers through a factory delegate
            options.Policies.DisableConventionalLocalRouting();
            options.UnknownMessageBehavior = UnknownMessageBehavior.DeadLetterQueue;
            options.UseSystemTextJsonForSerialization(json => json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
            options.MessagePartitioning.ByPropertyNamed("OrderId");
            // A context on EF Core (Users) publishes through its DbContext into the same envelope tables Marten's
            // outbox uses, in its own transaction. Declared here: Wolverine takes it only while services are built.
            options.UseEntityFrameworkCoreTransactions();

            var transport = options.UseAmazonSqsTransport(config => SqsRegistration.Configure(config, sqs))
                .PrefixIdentifiers(SqsQueueName.Trimmed(sqs.QueuePrefix));
            if (SqsRegistration.Credentials(sqs) is { } keys)
            {
                transport.Credentials(keys);
            }

            if (sqs.AutoProvisionQueues)
            {
                transport.AutoProvision();
            }

            options.UseCommerceErrorPolicies(messaging);
        });
        return services;
    }

    /// <summary>
    /// Declared once for every handler. A conflict is retried at once from a fresh read; a dependency that is away is
    /// waited for with backoff, for as long as it takes (never a dead letter); a message that is wrong in itself is a
    /// dead letter at once; anything else (a bug) gets a few tries, then is a dead letter an operator sees and can
    /// replay once it is fixed.
    /// </summary>
    public static void UseCommerceErrorPolicies(this WolverineOptions options, MessagingOptions messaging)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(messaging);
        options.OnException(MessageFailures.IsConflict, "a concurrent change")
            .RetryTimes(5).Then.RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1))
            .Then.ScheduleRetryIndefinitely(messaging.TransientRetryDelays);
        options.OnException(MessageFailures.IsTransient, "a dependency that is away")
            .ScheduleRetryIndefinitely(messaging.TransientRetryDelays);
        options.OnException(MessageFailures.IsPoison, "a message that can never succeed").MoveToErrorQueue();
        options.OnAnyException()
            .RetryWithCooldown(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)).Then.MoveToErrorQueue();
    }
}
