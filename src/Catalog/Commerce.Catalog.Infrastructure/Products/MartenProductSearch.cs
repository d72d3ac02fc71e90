using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Infrastructure.Persistence;
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

        if (filter.Text is { } text)
        {
            query = query.Where(p => p.MatchesSql(CatalogSchema.FullTextMatchSql, text));
        }

        // Id last: equal prices or names must not swap places between pages.
        Func<IQueryable<Product>, IQueryable<Product>> order = filter.Sort switch
        {
            ProductSort.PriceAscending => q => q.OrderBy(p => p.Price.Amount).ThenBy(p => p.Id),
            ProductSort.PriceDescending => q => q.OrderByDescending(p => p.Price.Amount).ThenBy(p => p.Id),
            ProductSort.Name => q => q.OrderBy(p => p.Name).ThenBy(p => p.Id),
            _ => q => q.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id),
        };

        return await query.ToPagedResultAsync(order, filter.Page, filter.PageSize, cancellationToken);
    }

    public async Task<IReadOnlyList<CategorySummary>> CategoriesAsync(CancellationToken cancellationToken)
    {
        var rows = await session.AdvancedSql.QueryAsync<string, int>(
            $"select row({CatalogSchema.CategoryColumn}), row(count(*)::int) from {CatalogSchema.ProductTable} group by 1 order by 1",
            cancellationToken);
        return [.. rows.Select(r => new CategorySummary(r.Item1, r.Item2))];
    }
}
