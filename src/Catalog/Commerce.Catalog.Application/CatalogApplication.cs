using Commerce.BuildingBlocks.Application;
using Commerce.Catalog.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Catalog.Application;

public static class CatalogApplication
{
    public static IServiceCollection AddCatalogApplication(this IServiceCollection services)
    {
        services.AddUseCasesFrom(typeof(CatalogApplication).Assembly);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IProductCatalog, ProductCatalog.ProductCatalog>();
        return services;
    }
}
