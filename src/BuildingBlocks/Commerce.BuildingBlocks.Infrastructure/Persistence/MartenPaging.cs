using Commerce.BuildingBlocks.Application.Paging;
using Marten;

namespace Commerce.BuildingBlocks.Infrastructure.Persistence;

public static class MartenPaging
{
    /// <summary>
    /// One page of a filtered Marten query, in <paramref name="order"/>, with the filter's total count.
    /// </summary>
    /// <remarks>
    /// Two statements rather than Marten's paged list: its <c>count(*) over()</c> makes PostgreSQL carry every
    /// matching row, document and all, through a window before the limit, which took seconds per page at 10,000
    /// matches (docs/benchmarks.md). A plain count and an ordered <c>limit</c> let the indexes stop early.
    /// </remarks>
    public static async Task<PagedResult<T>> ToPagedResultAsync<T>(
        this IQueryable<T> filtered, Func<IQueryable<T>, IQueryable<T>> order, int page, int pageSize, CancellationToken cancellationToken)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(order);
        var total = await filtered.CountAsync(cancellationToken);
        var skip = (page - 1) * pageSize;
        IReadOnlyList<T> items = total <= skip ? [] : await order(filtered).Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, page, pageSize, total);
    }
}
