using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using MediatR;

namespace Commerce.Catalog.Application.ListProducts;

internal sealed class ListProductsHandler(IProductSearch search, ProductMapping mapping) : IRequestHandler<ListProducts, PagedResult<ProductDto>>
{
    public async Task<PagedResult<ProductDto>> Handle(ListProducts request, CancellationToken cancellationToken)
    {
        var filter = new ProductFilter(
            request.Page,
            request.PageSize,
            string.IsNullOrWhiteSpace(request.Category) ? null : request.Category.Trim(),
            request.MinPrice,
            request.MaxPrice,
            string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim(),
            ProductSorts.Parse(request.Sort));
        return (await search.SearchAsync(filter, cancellationToken)).Select(mapping.ToDto);
    }
}
