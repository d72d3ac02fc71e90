using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.Application.Ports;

public interface IProductSearch
{
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
