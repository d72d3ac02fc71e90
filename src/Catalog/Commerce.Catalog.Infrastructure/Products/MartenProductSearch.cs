using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.Catalog.Application.ListProductsByCursor;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Products;
using Marten;
using Marten.Linq.MatchesSql;

namespace Commerce.Catalog.Infrastructure.Products;

internal sealed class MartenProductSearch(IQuerySession session) : IProductSearch
{
    public Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken) => session.LoadAsync<Product>(id, cancellationToken);

    public async Task<PagedResult<Product>> SearchAsync(ProductFilter filter, CancellationToken cancellationToken)
    {
        return await Filtered(filter).ToPagedResultAsync(q => Ordered(q, filter.Sort), filter.Page, filter.PageSize, cancellationToken);
    }

    /// <remarks>
    /// Keyset paging: the rows after the cursor in the list's own order (its sort key, then the id), so no row is
    /// skipped or shown twice while others are added, and the database seeks instead of counting off an offset.
    /// </remarks>
    public async Task<IReadOnlyList<Product>> SearchAfterAsync(ProductFilter filter, ProductCursor? after, int take, CancellationToken cancellationToken)
    {
        var query = Filtered(filter);
        if (after is not null)
        {
            query = filter.Sort switch
            {
                ProductSort.PriceAscending => query.Where(p => p.Price.Amount > after.Price || (p.Price.Amount == after.Price && p.MatchesSql("d.id > ?", after.Id))),
                ProductSort.PriceDescending => query.Where(p => p.Price.Amount < after.Price || (p.Price.Amount == after.Price && p.MatchesSql("d.id > ?", after.Id))),
                ProductSort.Name => query.Where(p => p.MatchesSql("((d.data ->> 'Name') > ? or ((d.data ->> 'Name') = ? and d.id > ?))", after.Key, after.Key, after.Id)),
                // Both keys descending: one row comparison PostgreSQL seeks to in the (category, created_at, id) index.
                _ => query.Where(p => p.MatchesSql("(d.created_at, d.id) < (?, ?)", after.CreatedAt, after.Id)),
            };
        }

        return await Ordered(query, filter.Sort).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>Id last: equal prices, names or instants must not swap places between pages.</summary>
    private static IQueryable<Product> Ordered(IQueryable<Product> query, ProductSort sort) => sort switch
    {
        ProductSort.PriceAscending => query.OrderBy(p => p.Price.Amount).ThenBy(p => p.Id),
        ProductSort.PriceDescending => query.OrderByDescending(p => p.Price.Amount).ThenBy(p => p.Id),
        ProductSort.Name => query.OrderBy(p => p.Name).ThenBy(p => p.Id),
        _ => query.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
    };

    private IQueryable<Product> Filtered(ProductFilter filter)
    {
        var query = session.Query<Product>().AsQueryable();
        if (filter.Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }

        if (filter.MinPrice is { } min)
        {
            query = query.Where(p => p.Price.Amount >= min);
        }

        if (filter.MaxPrice is { } max)
        {
            query = query.Where(p => p.Price.Amount <= max);
        }

        if (filter.Tag is { } tag)
        {
            query = query.Where(p => p.Tags.Contains(tag));
        }

        if (filter.Text is { } text)
        {
            query = query.Where(p => p.MatchesSql(CatalogSchema.FullTextMatchSql, text));
        }

        return query;
    }

    public async Task<IReadOnlyList<CategorySummary>> CategoriesAsync(CancellationToken cancellationToken)
    {
        var rows = await session.AdvancedSql.QueryAsync<string, int>(
            $"select row({CatalogSchema.CategoryColumn}), row(count(*)::int) from {CatalogSchema.ProductTable} group by 1 order by 1",
            cancellationToken);
        return [.. rows.Select(r => new CategorySummary(r.Item1, r.Item2))];
    }
}
