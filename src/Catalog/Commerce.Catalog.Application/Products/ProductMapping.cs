using Commerce.Catalog.Application.Images;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Images;
using Commerce.Catalog.Domain.Products;
using Mapster;

namespace Commerce.Catalog.Application.Products;

/// <summary>Products as the use cases answer them; image addresses are resolved against the store's public base at read time (a CDN can move).</summary>
internal sealed class ProductMapping(IProductImageStore store)
{
    private static readonly TypeAdapterConfig Config = CreateConfig();

    public ProductDto ToDto(Product product) =>
        product.Adapt<ProductDto>(Config) with { Images = [.. product.Images.Select(image => ToDto(product.Id, image))] };

    private ProductImageDto ToDto(Guid productId, ProductImage image)
    {
        var ready = image.Status == ProductImageStatus.Ready;
        return new ProductImageDto(
            image.Id, image.FileName, image.ContentType, image.Status, image.FailureReason, image.Width, image.Height,
            ready ? store.PublicUrl(ImageObjects.Thumbnail(productId, image.Id)) : null,
            ready ? store.PublicUrl(ImageObjects.Medium(productId, image.Id)) : null,
            ready ? store.PublicUrl(ImageObjects.Original(productId, image.Id)) : null,
            image.CreatedAt);
    }

    private static TypeAdapterConfig CreateConfig()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<Product, ProductDto>()
            .Map(dto => dto.Price, product => product.Price.Amount)
            .Map(dto => dto.Currency, product => product.Price.Currency)
            .Ignore(dto => dto.Images);
        config.Compile();
        return config;
    }
}
