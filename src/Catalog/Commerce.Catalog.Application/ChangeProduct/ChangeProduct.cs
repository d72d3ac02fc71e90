using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Products;

namespace Commerce.Catalog.Application.ChangeProduct;

/// <summary>Partial update (PATCH): a field left out (or null) keeps its current value.</summary>
public sealed record ChangeProduct(
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
