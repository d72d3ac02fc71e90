using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Caching;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using MediatR;
using Microsoft.Extensions.Caching.Hybrid;

namespace Commerce.Catalog.Application.ListProducts;

internal sealed class ListProductsHandler(IProductSearch search, ProductMapping mapping, HybridCache cache) : IRequestHandler<ListProducts, PagedResult<ProductDto>>
{
    public async Task<PagedResult<ProductDto>> Handle(ListProducts request, CancellationToken cancellationToken)
    {
        var filter = ProductFilter.From(
            request.Page, request.PageSize, request.Category, request.MinPrice, request.MaxPrice, request.Search, CatalogSorts.Products.Parse(request.Sort), request.Tag);
        return await cache.GetOrCreateAsync(
            CatalogCache.ListKey(filter),
            async token =>
            {
                var page = await search.SearchAsync(filter, token);
                return page.Select(await mapping.ForAsync(page.Items, token));
            },
            tags: [CatalogCache.ListsTag],
            cancellationToken: cancellationToken);
    }
}
