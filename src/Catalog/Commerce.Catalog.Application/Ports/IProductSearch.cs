using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.Application.Ports;

/// <summary>The read side of the catalog: reads only, through a query session (no change tracking, no unit of work).</summary>
public interface IProductSearch
{
    Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<PagedResult<Product>> SearchAsync(ProductFilter filter, CancellationToken cancellationToken);

    Task<IReadOnlyList<CategorySummary>> CategoriesAsync(CancellationToken cancellationToken);
}

public sealed record ProductFilter(
    int Page,
    int PageSize,
    string? Category,
    decimal? MinPrice,
    decimal? MaxPrice,
    string? Text,
    ProductSort Sort);

public enum ProductSort
{
    Newest,
    PriceAscending,
    PriceDescending,
    Name,
}

public sealed record CategorySummary(string Name, int ProductCount);
