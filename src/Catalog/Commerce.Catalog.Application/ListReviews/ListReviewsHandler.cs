using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Reviews;
using MediatR;

namespace Commerce.Catalog.Application.ListReviews;

internal sealed class ListReviewsHandler(IProductSearch products, IReviewSearch reviews) : IRequestHandler<ListReviews, PagedResult<ReviewDto>>
{
    public async Task<PagedResult<ReviewDto>> Handle(ListReviews request, CancellationToken cancellationToken)
    {
        _ = await products.FindAsync(request.ProductId, cancellationToken) ?? throw new NotFoundException("Product", request.ProductId);
        var page = await reviews.ListShownAsync(request.ProductId, CatalogSorts.Reviews.Parse(request.Sort), request.Page, request.PageSize, cancellationToken);
        return page.Select(ReviewDto.From);
    }
}
