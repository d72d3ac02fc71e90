using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Reviews;

namespace Commerce.Catalog.Application.ListReviews;

/// <param name="Sort">One of <c>newest</c> (default), <c>rating_desc</c>, <c>rating_asc</c> (equal ratings newest first).</param>
public sealed record ListReviews(Guid ProductId, string? Sort = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<ReviewDto>>, IPagedQuery;
