using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using Marten;

namespace Commerce.Ordering.Infrastructure;

internal sealed class MartenOrderQueries(IQuerySession session) : IOrderQueries
{
    public Task<OrderView?> FindAsync(Guid orderId, CancellationToken cancellationToken) =>
        session.LoadAsync<OrderView>(orderId, cancellationToken);

    public async Task<PagedResult<OrderView>> ListAsync(OrderFilter filter, CancellationToken cancellationToken)
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

        return await query.ToPagedResultAsync(q => q.OrderByDescending(o => o.PlacedAt).ThenBy(o => o.Id), filter.Page, filter.PageSize, cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedOrderEvent>?> HistoryAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(orderId, token: cancellationToken);
        return events.Count == 0
            ? null
            : [.. events.Select(e => new RecordedOrderEvent(e.Version, e.Timestamp, e.Data))];
    }
}
