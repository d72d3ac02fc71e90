using System.ComponentModel;

namespace Commerce.BuildingBlocks.Application.Paging;

/// <remarks>Immutable (so a cache may share one instance among readers).</remarks>
[ImmutableObject(true)]
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount)
{
    public long TotalPages => PageSize == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;

    /// <summary>The same page with each item mapped (domain objects to DTOs).</summary>
    public PagedResult<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Page, PageSize, TotalCount);
}
