using System.Text.Json;
using Commerce.BuildingBlocks.Application.Idempotency;
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
    string? ImageFile) : ICommand<ProductDto>, IProductFields, IIdempotentCommand
{
    /// <summary>The client's key: a retry replays the first answer instead of creating a second product.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Who creates it: keys are theirs alone.</summary>
    public string RequestedBy { get; init; } = string.Empty;

    public string IdempotencyScope => RequestedBy;

    public string Fingerprint() => JsonSerializer.Serialize(new { Sku, Name, Description, Category, Price, Currency, ImageFile, Tags, Specifications });

    public IReadOnlyList<string?>? Tags { get; init; }

    public IReadOnlyList<SpecificationField>? Specifications { get; init; }
}
