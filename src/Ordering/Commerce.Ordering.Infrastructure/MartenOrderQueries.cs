using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Application.ListOrdersByCursor;
using Marten;
using Marten.Linq.MatchesSql;

namespace Commerce.Ordering.Infrastructure;

internal sealed class MartenOrderQueries(IQuerySession session) : IOrderQueries
{
    public Task<OrderView?> FindAsync(Guid orderId, CancellationToken cancellationToken) =>
        session.LoadAsync<OrderView>(orderId, cancellationToken);

    public async Task<PagedResult<OrderView>> ListAsync(OrderFilter filter, CancellationToken cancellationToken) =>
        await Filtered(filter).ToPagedResultAsync(NewestFirst, filter.Page, filter.PageSize, cancellationToken);

    /// <remarks>Keyset paging: the orders after the cursor in the list's own order, so the database seeks instead of counting off an offset.</remarks>
    public async Task<IReadOnlyList<OrderView>> ListAfterAsync(OrderFilter filter, OrderCursor? after, int take, CancellationToken cancellationToken)
    {
        var query = Filtered(filter);
        if (after is not null)
        {
            query = query.Where(o => o.MatchesSql("(d.placed_at, d.id) < (?, ?)", after.PlacedAt, after.Id));
        }

        return await NewestFirst(query).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>Both keys descending, as the indexes hold them: a cursor is one row comparison.</summary>
    private static IOrderedQueryable<OrderView> NewestFirst(IQueryable<OrderView> query) =>
        query.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id);

    private IQueryable<OrderView> Filtered(OrderFilter filter)
    {
        var query = session.Query<OrderView>().AsQueryable();
        if (filter.UserName is { } userName)
        {
            query = query.Where(o => o.UserName == userName);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(o => o.Status == status);
        }

        if (filter.PlacedFrom is { } from)
        {
            query = query.Where(o => o.PlacedAt >= from);
        }

        if (filter.PlacedTo is { } to)
        {
            query = query.Where(o => o.PlacedAt <= to);
        }

        return query;
    }

    public async Task<IReadOnlyList<RecordedOrderEvent>?> HistoryAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(orderId, token: cancellationToken);
        return events.Count == 0
            ? null
            : [.. events.Select(e => new RecordedOrderEvent(e.Version, e.Timestamp, e.Data))];
    }
}
