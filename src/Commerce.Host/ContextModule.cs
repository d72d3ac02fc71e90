using Commerce.BuildingBlocks.Infrastructure.Messaging;

namespace Commerce.Host;

/// <summary>
/// One bounded context as the host mounts it: its services (Application + Infrastructure) and its endpoints.
/// The host is the only place that knows every context; <c>Modules:Enabled</c> picks a subset to run.
/// </summary>
/// <param name="MapCompatibilityRoutes">The old serverless shop's routes of this context, mapped when <c>Compatibility:Enabled</c>.</param>
/// <param name="Subscriptions">The queues this context consumes integration events from, if any: part of the whole system's topology, so every host routes to them.</param>
/// <param name="Requires">Modules whose contracts this one uses in-process; they must run in the same host.</param>
internal sealed record ContextModule(
    string Name,
    Action<IServiceCollection, IConfiguration> AddServices,
    Action<IEndpointRouteBuilder> MapEndpoints,
    Action<IEndpointRouteBuilder>? MapCompatibilityRoutes = null,
    QueueSubscription[]? Subscriptions = null,
    params string[] Requires);
