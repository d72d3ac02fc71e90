using System.Text.Json;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Infrastructure.Sqs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Declares a context's queue, the integration events it takes, and who handles each.</summary>
public sealed class ConsumerRegistration
{
    private readonly Dictionary<string, Func<IServiceProvider, string, CancellationToken, Task>> handlers = new(StringComparer.Ordinal);

    internal ConsumerRegistration()
    {
    }

    internal IReadOnlyDictionary<string, Func<IServiceProvider, string, CancellationToken, Task>> Handlers => handlers;

    /// <summary>
    /// <typeparamref name="TConsumer"/> handles <typeparamref name="TEvent"/> on this queue. Named per queue because
    /// several contexts consume the same event, each in its own way.
    /// </summary>
    public ConsumerRegistration On<TEvent, TConsumer>()
        where TConsumer : IIntegrationEventConsumer<TEvent>
    {
        handlers[typeof(TEvent).Name] = (services, body, cancellationToken) =>
            services.GetRequiredService<TConsumer>().ConsumeAsync(
                JsonSerializer.Deserialize<TEvent>(body, IntegrationEventJson.Options)
                    ?? throw new JsonException($"The body of a {typeof(TEvent).Name} message is empty."),
                cancellationToken);
        return this;
    }
}

public static class ConsumerRegistrationExtensions
{
    /// <summary>Subscribes <paramref name="queue"/> to the events <paramref name="configure"/> names and runs its listener.</summary>
    public static IServiceCollection AddIntegrationEventConsumer(this IServiceCollection services, string queue, Action<ConsumerRegistration> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var registration = new ConsumerRegistration();
        configure(registration);
        services.AddSingleton(new SqsSubscription(queue, [.. registration.Handlers.Keys]));
        services.AddSingleton<IHostedService>(provider => new SqsConsumer(
            queue,
            registration.Handlers,
            provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<SqsListener>(),
            provider.GetRequiredService<SqsOptions>(),
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
