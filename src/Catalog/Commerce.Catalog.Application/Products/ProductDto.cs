using System.ComponentModel;
using Commerce.Catalog.Domain.Images;

namespace Commerce.Catalog.Application.Products;

/// <remarks>Immutable: the cache hands the same instance to every reader on a node instead of a copy each.</remarks>
[ImmutableObject(true)]
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
    long Version)
{
    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<ProductSpecificationDto> Specifications { get; init; } = [];

    /// <summary>In the order the storefront shows them.</summary>
    public IReadOnlyList<ProductImageDto> Images { get; init; } = [];

    /// <summary>The shown reviews' mean stars, to two decimals; null before the first review.</summary>
    public decimal? AverageRating { get; init; }

    public int ReviewCount { get; init; }

    /// <summary>Whether Inventory has units to sell; false for a product Inventory never stocked.</summary>
    public bool InStock { get; init; }

    /// <summary>Units Inventory can still reserve, as it last told the catalog.</summary>
    public int Available { get; init; }
}

[ImmutableObject(true)]
public sealed record ProductSpecificationDto(string Name, string Value);

/// <param name="ThumbnailUrl">Once Ready: at most <see cref="ImageRules.ThumbnailSize"/> px on its longer side.</param>
/// <param name="MediumUrl">Once Ready: at most <see cref="ImageRules.MediumSize"/> px on its longer side.</param>
/// <param name="OriginalUrl">Once Ready: the upload as it was checked.</param>
[ImmutableObject(true)]
public sealed record ProductImageDto(
    Guid Id,
    string FileName,
    string ContentType,
    ProductImageStatus Status,
    string? FailureReason,
    int? Width,
    int? Height,
    Uri? ThumbnailUrl,
    Uri? MediumUrl,
    Uri? OriginalUrl,
    DateTimeOffset CreatedAt);
