using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Infrastructure.Products;
using Commerce.Catalog.Infrastructure.SampleData;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.Infrastructure;

public static class CatalogInfrastructure
{
    public static IServiceCollection AddCatalogInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(CatalogSchema.Configure);
        services.AddSingleton(CatalogSchema.Sku);
        services.AddScoped<IProductRepository, MartenProductRepository>();
        services.AddScoped<IProductSearch, MartenProductSearch>();

        if (configuration.GetValue<bool>("Catalog:SeedSampleData"))
        {
            services.InitializeMartenWith<SampleCatalog>();
        }

        return services;
    }
}
