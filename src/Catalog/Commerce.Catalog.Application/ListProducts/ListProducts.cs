using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Products;

namespace Commerce.Catalog.Application.ListProducts;

/// <param name="Search">Words to find in names and descriptions (PostgreSQL full-text search, English stemming).</param>
/// <param name="Sort">One of <c>newest</c> (default), <c>price_asc</c>, <c>price_desc</c>, <c>name</c>.</param>
public sealed record ListProducts(
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize,
    string? Category = null,
    decimal? MinPrice = null,
    decimal? MaxPrice = null,
    string? Search = null,
    string? Sort = null,
    string? Tag = null) : IQuery<PagedResult<ProductDto>>, IPagedQuery, IProductListFilter;
