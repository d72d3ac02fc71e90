using Commerce.Catalog.Application.Images;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Images;
using Commerce.Catalog.Domain.Products;
using Mapster;

namespace Commerce.Catalog.Application.Products;

/// <summary>
/// Products as the use cases answer them, with their ratings and stock. Image addresses are resolved against the
/// store's public base at read time (a CDN can move).
/// </summary>
internal sealed class ProductMapping(IProductImageStore store, IProductStandings standings)
{
    private static readonly TypeAdapterConfig Config = CreateConfig();

    /// <summary>A mapping for these products, their standings read once for all of them.</summary>
    public async Task<Func<Product, ProductDto>> ForAsync(IEnumerable<Product> products, CancellationToken cancellationToken)
    {
        var found = await standings.OfAsync([.. products.Select(p => p.Id)], cancellationToken);
        return product => ToDto(product, found.GetValueOrDefault(product.Id) ?? ProductStanding.None);
    }

    public async Task<ProductDto> ToDtoAsync(Product product, CancellationToken cancellationToken) =>
        (await ForAsync([product], cancellationToken))(product);

    public ProductImageDto ToDto(Guid productId, ProductImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var ready = image.Status == ProductImageStatus.Ready;
        return new ProductImageDto(
            image.Id, image.FileName, image.ContentType, image.Status, image.FailureReason, image.Width, image.Height,
            ready ? store.PublicUrl(ImageObjects.Thumbnail(productId, image.Id)) : null,
            ready ? store.PublicUrl(ImageObjects.Medium(productId, image.Id)) : null,
            ready ? store.PublicUrl(ImageObjects.Original(productId, image.Id)) : null,
            image.CreatedAt);
    }

    private ProductDto ToDto(Product product, ProductStanding standing) =>
        product.Adapt<ProductDto>(Config) with
        {
            Images = [.. product.Images.Select(image => ToDto(product.Id, image))],
            AverageRating = standing.Rating?.AverageRating,
            ReviewCount = standing.Rating?.ReviewCount ?? 0,
            InStock = standing.Availability?.InStock ?? false,
            Available = standing.Availability?.Available ?? 0,
        };

    private static TypeAdapterConfig CreateConfig()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<Product, ProductDto>()
            .Map(dto => dto.Price, product => product.Price.Amount)
            .Map(dto => dto.Currency, product => product.Price.Currency)
            .Ignore(dto => dto.Images)
            .Ignore(dto => dto.AverageRating)
            .Ignore(dto => dto.ReviewCount)
            .Ignore(dto => dto.InStock)
            .Ignore(dto => dto.Available);
        config.Compile();
        return config;
    }
}
