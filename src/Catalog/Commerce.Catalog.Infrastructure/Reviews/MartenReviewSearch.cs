using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Reviews;
using Marten;

namespace Commerce.Catalog.Infrastructure.Reviews;

internal sealed class MartenReviewSearch(IQuerySession session) : IReviewSearch
{
    public Task<PagedResult<Review>> ListShownAsync(Guid productId, ReviewSort sort, int page, int pageSize, CancellationToken cancellationToken) =>
        session.Query<Review>()
            .Where(r => r.ProductId == productId && !r.IsHidden && !r.IsDeleted)
            .ToPagedResultAsync(q => sort switch
            {
                ReviewSort.HighestRating => q.OrderByDescending(r => r.Rating).ThenByDescending(r => r.CreatedAt).ThenBy(r => r.Id),
                ReviewSort.LowestRating => q.OrderBy(r => r.Rating).ThenByDescending(r => r.CreatedAt).ThenBy(r => r.Id),
                _ => q.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id),
            }, page, pageSize, cancellationToken);
}
