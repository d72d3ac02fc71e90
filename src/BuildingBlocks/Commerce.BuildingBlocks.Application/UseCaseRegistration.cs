using System.Reflection;
using Commerce.BuildingBlocks.Application.Behaviors;
using Commerce.BuildingBlocks.Application.Idempotency;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.BuildingBlocks.Application;

/// <summary>
/// Registers MediatR 5.1.0 by hand (its DI package is not in our package source, docs/decisions/0001) and the
/// handlers and validators of a context's Application assembly.
/// </summary>
public static class UseCaseRegistration
{
    public static IServiceCollection AddMediatorPipeline(this IServiceCollection services)
    {
        // Messages name fields as JSON clients write them ('unitPrice', not 'UnitPrice').
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];

        services.TryAddScoped<ServiceFactory>(provider => provider.GetRequiredServiceOrEmpty);
        services.TryAddScoped<IMediator, Mediator>();

        // Order matters: outermost first. The span covers everything; logging sees validation failures; validation runs before any write;
        // idempotency sits inside the unit of work so a stored response commits with the changes it describes.
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(TracingBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(IdempotencyBehavior<,>)));
        // ASP.NET Core's authentication registers the plain system clock when it comes first; PostgreSQL keeps
        // microseconds, so a 100 ns clock would make stored times differ from the ones a use case returned.
        foreach (var systemClock in services.Where(d => d.ServiceType == typeof(TimeProvider) && d.ImplementationInstance == TimeProvider.System).ToList())
        {
            services.Remove(systemClock);
        }

        services.TryAddSingleton<TimeProvider>(new MicrosecondClock(TimeProvider.System));
        services.TryAddSingleton(new IdempotencyOptions());
        return services;
    }

    public static IServiceCollection AddUseCasesFrom(this IServiceCollection services, Assembly assembly)
    {
        services.AddMediatorPipeline();
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)))
            {
                services.AddScoped(contract, type);
            }
        }

        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    // MediatR 5 asks its factory for IEnumerable<T> of behaviors; the container answers those with an empty list,
    // and a missing handler must surface as MediatR's own clear error rather than a null reference.
    private static object GetRequiredServiceOrEmpty(this IServiceProvider provider, Type serviceType) =>
        provider.GetService(serviceType)
        ?? throw new InvalidOperationException($"No service for {serviceType}: is its use case registered?");
}
