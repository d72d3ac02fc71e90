using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Caching;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using MediatR;
using Microsoft.Extensions.Caching.Hybrid;

namespace Commerce.Catalog.Application.ListProductsByCursor;

internal sealed class ListProductsByCursorHandler(IProductSearch search, ProductMapping mapping, HybridCache cache)
    : IRequestHandler<ListProductsByCursor, CursorPage<ProductDto>>
{
    public async Task<CursorPage<ProductDto>> Handle(ListProductsByCursor request, CancellationToken cancellationToken)
    {
        var sort = CatalogSorts.Products.Parse(request.Sort);
        var after = request.Cursor is null ? null : ProductCursor.Decode(request.Cursor, sort);
        var filter = ProductFilter.From(1, request.Limit, request.Category, request.MinPrice, request.MaxPrice, request.Search, sort, request.Tag);
        return await cache.GetOrCreateAsync(CatalogCache.CursorKey(filter, request.Cursor), async token =>
        {
            var found = await search.SearchAfterAsync(filter, after, request.Limit + 1, token);
            return CursorPage.From(found, request.Limit, last => ProductCursor.After(last, sort).Encode()).Select(await mapping.ForAsync(found, token));
        }, tags: [CatalogCache.ListsTag], cancellationToken: cancellationToken);
    }
}
