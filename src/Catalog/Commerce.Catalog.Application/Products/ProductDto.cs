namespace Commerce.Catalog.Application.Products;

public sealed record ProductDto(
    Guid Id,
    string Sku,
    string Name,
    string Description,
    string Category,
    decimal Price,
    string Currency,
    string? ImageFile,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);
