using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Catalog.Application.Events;
using Commerce.Catalog.Application.Images;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Infrastructure.Availability;
using Commerce.Catalog.Infrastructure.Caching;
using Commerce.Catalog.Infrastructure.Images;
using Commerce.Catalog.Infrastructure.Products;
using Commerce.Catalog.Infrastructure.Reviews;
using Commerce.Catalog.Infrastructure.SampleData;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Catalog.Infrastructure;

public static class CatalogInfrastructure
{
    /// <summary>The image pipeline's queue: uploads to render, discarded images to delete from the store.</summary>
    public static readonly QueueSubscription ImagesSubscription = QueueSubscription.For<ProductImageConsumer>("catalog-images");

    /// <summary>Other contexts' facts the catalog shows (stock levels) or reviews rest on (deliveries); apart from the slow image work.</summary>
    public static readonly QueueSubscription ShopEventsSubscription = QueueSubscription.For<ShopEventsConsumer>("catalog");

    public static IServiceCollection AddCatalogInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(CatalogSchema.Configure);
        services.AddSingleton<ProductCacheInvalidation>();
        services.ConfigureMarten((provider, options) => options.Listeners.Add(provider.GetRequiredService<ProductCacheInvalidation>()));
        services.AddSingleton(CatalogSchema.Sku);
        services.AddScoped<IProductRepository, MartenProductRepository>();
        services.AddScoped<IProductSearch, MartenProductSearch>();
        services.AddScoped<IProductStandings, MartenProductStandings>();
        services.AddScoped<IReviewRepository, MartenReviewRepository>();
        services.AddScoped<IReviewSearch, MartenReviewSearch>();
        services.AddScoped<IAvailabilityRepository, MartenAvailabilityRepository>();
        services.AddProductImages(configuration);

        if (configuration.GetValue<bool>("Catalog:SeedSampleData"))
        {
            services.InitializeMartenWith<SampleCatalog>();
        }

        return services;
    }

    private static void AddProductImages(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ImageUploadOptions.Section);
        var store = section.Get<ImageStoreOptions>() ?? new ImageStoreOptions();
        store.PublicBase(); // refuses, at start, a host that could not say where its images are read
        services.AddSingleton(store);
        services.AddSingleton(section.Get<ImageUploadOptions>() ?? new ImageUploadOptions());
        services.TryAddSingleton<IAmazonS3>(_ => S3Client(store));
        services.AddSingleton<IProductImageStore, S3ProductImageStore>();
        services.AddSingleton<IImageRenderer, VipsImageRenderer>();
        if (store.CreateBucket)
        {
            services.AddHostedService<ImageBucketSetup>();
        }
    }

    private static AmazonS3Client S3Client(ImageStoreOptions options)
    {
        var config = new AmazonS3Config();
        if (string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }
        else
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
            config.ForcePathStyle = true;
        }

        return string.IsNullOrWhiteSpace(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }
}
