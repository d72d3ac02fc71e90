using Commerce.Catalog.Domain.Products;
using Mapster;

namespace Commerce.Catalog.Application.Products;

internal static class ProductMapping
{
    private static readonly TypeAdapterConfig Config = CreateConfig();

    public static ProductDto ToDto(this Product product) => product.Adapt<ProductDto>(Config);

    private static TypeAdapterConfig CreateConfig()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<Product, ProductDto>()
            .Map(dto => dto.Price, product => product.Price.Amount)
            .Map(dto => dto.Currency, product => product.Price.Currency);
        config.Compile();
        return config;
    }
}
