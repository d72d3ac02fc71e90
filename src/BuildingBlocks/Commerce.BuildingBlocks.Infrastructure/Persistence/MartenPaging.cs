using Commerce.BuildingBlocks.Application.Paging;
using Marten.Pagination;

namespace Commerce.BuildingBlocks.Infrastructure.Persistence;

public static class MartenPaging
{
    /// <summary>One page of an ordered Marten query, with the total count, in one round trip.</summary>
    public static async Task<PagedResult<T>> ToPagedResultAsync<T>(this IQueryable<T> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var found = await query.ToPagedListAsync(page, pageSize, cancellationToken);
        return new PagedResult<T>([.. found], page, pageSize, found.TotalItemCount);
    }
}
