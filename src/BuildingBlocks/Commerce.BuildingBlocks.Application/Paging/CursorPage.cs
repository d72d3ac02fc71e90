using System.ComponentModel;

namespace Commerce.BuildingBlocks.Application.Paging;

/// <summary>
/// A page found by where the previous one ended, not by how many rows to skip: stable while rows are added, and as
/// quick far in as at the start. No total: counting would cost what keyset paging saves.
/// </summary>
/// <param name="NextCursor">Pass it as <c>cursor</c> for the next page; null on the last page.</param>
[ImmutableObject(true)]
public sealed record CursorPage<T>(IReadOnlyList<T> Items, int Limit, string? NextCursor)
{
    public CursorPage<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Limit, NextCursor);
}

public static class CursorPage
{
    /// <summary>
    /// The page from up to <paramref name="limit"/> + 1 rows read after the cursor: the extra one only says another
    /// page follows (no count), and the next cursor is where the last row shown stands.
    /// </summary>
    public static CursorPage<TRow> From<TRow>(IReadOnlyList<TRow> found, int limit, Func<TRow, string> cursorAfter)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(cursorAfter);
        var page = found.Take(limit).ToList();
        return new CursorPage<TRow>(page, limit, found.Count > limit ? cursorAfter(page[^1]) : null);
    }
}
