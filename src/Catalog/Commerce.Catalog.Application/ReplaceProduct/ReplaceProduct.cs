using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Products;

namespace Commerce.Catalog.Application.ReplaceProduct;

/// <summary>Full update (PUT): every writable field is given; an omitted optional field is cleared.</summary>
public sealed record ReplaceProduct(
    Guid Id,
    string? Sku,
    string? Name,
    string? Description,
    string? Category,
    decimal? Price,
    string? Currency,
    string? ImageFile,
    long? ExpectedVersion = null) : ICommand<ProductDto>, IProductFields
{
    public IReadOnlyList<string?>? Tags { get; init; }

    public IReadOnlyList<SpecificationField>? Specifications { get; init; }
}
