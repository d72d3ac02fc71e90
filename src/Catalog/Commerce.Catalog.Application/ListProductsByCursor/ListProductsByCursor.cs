using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.ListProducts;
using Commerce.Catalog.Application.Products;

namespace Commerce.Catalog.Application.ListProductsByCursor;

/// <summary>The product list (same filters and sorts as by page number), paged by the cursor the previous page gave.</summary>
public sealed record ListProductsByCursor(
    int Limit = PageRequest.DefaultPageSize,
    string? Cursor = null,
    string? Category = null,
    decimal? MinPrice = null,
    decimal? MaxPrice = null,
    string? Search = null,
    string? Sort = null,
    string? Tag = null) : IQuery<CursorPage<ProductDto>>, ICursorQuery, IProductListFilter;
