namespace Commerce.BuildingBlocks.Application.Paging;

public static class AllPages
{
    /// <summary>Walks a paged read to its end, for callers that must answer with the whole list (the old shop's routes).</summary>
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(Func<int, Task<PagedResult<T>>> page)
    {
        var all = new List<T>();
        for (var number = 1; ; number++)
        {
            var current = await page(number);
            all.AddRange(current.Items);
            if (current.Items.Count == 0 || all.Count >= current.TotalCount)
            {
                return all;
            }
        }
    }
}
