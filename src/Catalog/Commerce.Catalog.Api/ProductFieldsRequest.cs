using Commerce.Catalog.Application.Products;

namespace Commerce.Catalog.Api;

/// <summary>
/// The body of create (POST), full update (PUT) and partial update (PATCH). Every field is nullable on the wire so
/// that a missing field is reported by name instead of silently becoming 0 or "".
/// </summary>
public sealed record ProductFieldsRequest(
    string? Sku,
    string? Name,
    string? Description,
    string? Category,
    decimal? Price,
    string? Currency,
    string? ImageFile,
    IReadOnlyList<string?>? Tags = null,
    IReadOnlyList<SpecificationRequest>? Specifications = null)
{
    public IReadOnlyList<SpecificationField>? SpecificationFields => Specifications?.Select(s => new SpecificationField(s?.Name, s?.Value)).ToList();
}

/// <param name="Name">e.g. <c>Weight</c>; each name once per product.</param>
/// <param name="Value">e.g. <c>180 g</c>.</param>
public sealed record SpecificationRequest(string? Name, string? Value);
