using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Domain.Reviews;

namespace Commerce.Catalog.Application.Ports;

/// <summary>The shown reviews of a product, read through a query session.</summary>
public interface IReviewSearch
{
    Task<PagedResult<Review>> ListShownAsync(Guid productId, ReviewSort sort, int page, int pageSize, CancellationToken cancellationToken);
}

public enum ReviewSort
{
    Newest,
    HighestRating,
    LowestRating,
}
