using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Products;

namespace Commerce.Catalog.Application.CreateProduct;

public sealed record CreateProduct(
    string? Sku,
    string? Name,
    string? Description,
    string? Category,
    decimal? Price,
    string? Currency,
    string? ImageFile) : ICommand<ProductDto>, IProductFields
{
    public IReadOnlyList<string?>? Tags { get; init; }

    public IReadOnlyList<SpecificationField>? Specifications { get; init; }
}
