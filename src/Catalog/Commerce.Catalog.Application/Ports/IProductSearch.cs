using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.ListProductsByCursor;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.Application.Ports;

/// <summary>The read side of the catalog: reads only, through a query session (no change tracking, no unit of work).</summary>
public interface IProductSearch
{
    Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<PagedResult<Product>> SearchAsync(ProductFilter filter, CancellationToken cancellationToken);

    /// <returns>Up to <paramref name="take"/> products of the filter, in its sort, from just after <paramref name="after"/> (null: from the start).</returns>
    Task<IReadOnlyList<Product>> SearchAfterAsync(ProductFilter filter, ProductCursor? after, int take, CancellationToken cancellationToken);

    Task<IReadOnlyList<CategorySummary>> CategoriesAsync(CancellationToken cancellationToken);
}

public sealed record ProductFilter(
    int Page,
    int PageSize,
    string? Category,
    decimal? MinPrice,
    decimal? MaxPrice,
    string? Text,
    ProductSort Sort,
    string? Tag = null)
{
    /// <summary>A list request's filter: blank text means no filter, words are trimmed, no sort means newest first.</summary>
    public static ProductFilter From(
        int page, int pageSize, string? category, decimal? minPrice, decimal? maxPrice, string? search, ProductSort sort, string? tag) =>
        new(page, pageSize, Trimmed(category), minPrice, maxPrice, Trimmed(search), sort, ProductDetails.NormalizedTag(Trimmed(tag)));

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public enum ProductSort
{
    Newest,
    PriceAscending,
    PriceDescending,
    Name,
}

public sealed record CategorySummary(string Name, int ProductCount);
