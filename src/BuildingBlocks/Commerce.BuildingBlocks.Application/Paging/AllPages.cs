using Commerce.BuildingBlocks.Domain;

namespace Commerce.BuildingBlocks.Application.Paging;

public static class AllPages
{
    /// <summary>
    /// Walks a paged read to its end, for callers that must answer with the whole list (the old shop's routes). A
    /// list longer than <paramref name="maxItems"/> is refused before it is read.
    /// </summary>
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(int maxItems, Func<int, Task<PagedResult<T>>> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var all = new List<T>();
        for (var number = 1; ; number++)
        {
            var current = await page(number);
            if (current.TotalCount > maxItems)
            {
                throw new DomainException("too_many_results",
                    $"The list holds {current.TotalCount} items, more than the {maxItems} this route answers with at once: narrow it, or page through the main API.");
            }

            all.AddRange(current.Items);
            if (current.Items.Count == 0 || all.Count >= current.TotalCount)
            {
                return all;
            }
        }
    }
}
