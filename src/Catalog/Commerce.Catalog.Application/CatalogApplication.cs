using Commerce.BuildingBlocks.Application;
using Commerce.Catalog.Application.Products;
using Commerce.Catalog.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.Application;

public static class CatalogApplication
{
    public static IServiceCollection AddCatalogApplication(this IServiceCollection services)
    {
        services.AddUseCasesFrom(typeof(CatalogApplication).Assembly);
        services.AddScoped<IProductCatalog, ProductCatalog.ProductCatalog>();
        services.AddScoped<ProductRevision>();
        services.AddScoped<Reviews.ReviewChange>();
        services.AddScoped<ProductMapping>();
        return services;
    }
}
