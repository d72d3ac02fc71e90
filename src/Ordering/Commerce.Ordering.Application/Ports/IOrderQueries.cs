using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.ListOrdersByCursor;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.Ports;

public interface IOrderQueries
{
    Task<OrderView?> FindAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<PagedResult<OrderView>> ListAsync(OrderFilter filter, CancellationToken cancellationToken);

    /// <returns>Up to <paramref name="take"/> orders of the filter, newest first, from just after <paramref name="after"/> (null: from the newest).</returns>
    Task<IReadOnlyList<OrderView>> ListAfterAsync(OrderFilter filter, OrderCursor? after, int take, CancellationToken cancellationToken);

    /// <returns>Every event of the order in order, or null when there is no such order.</returns>
    Task<IReadOnlyList<RecordedOrderEvent>?> HistoryAsync(Guid orderId, CancellationToken cancellationToken);
}

public sealed record OrderFilter(
    int Page,
    int PageSize,
    string? UserName,
    OrderStatus? Status,
    DateTimeOffset? PlacedFrom,
    DateTimeOffset? PlacedTo)
{
    /// <summary>A list request's filter: a blank user name means everyone's, the status is named in any case.</summary>
    public static OrderFilter From(int page, int pageSize, string? userName, string? status, DateTimeOffset? placedFrom, DateTimeOffset? placedTo) =>
        new(page, pageSize, string.IsNullOrWhiteSpace(userName) ? null : userName,
            status is null ? null : Enum.Parse<OrderStatus>(status, ignoreCase: true), placedFrom, placedTo);
}
