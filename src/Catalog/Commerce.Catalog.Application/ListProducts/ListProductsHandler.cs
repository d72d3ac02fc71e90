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
            request.Page, request.PageSize, request.Category, request.MinPrice, request.MaxPrice, request.Search, ProductSorts.Parse(request.Sort), request.Tag);
        return await cache.GetOrCreateAsync(
            CatalogCache.ListKey(filter),
            async token => (await search.SearchAsync(filter, token)).Select(mapping.ToDto),
            tags: [CatalogCache.ListsTag],
            cancellationToken: cancellationToken);
    }
}
