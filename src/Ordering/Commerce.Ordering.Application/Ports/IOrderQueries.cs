using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.Ports;

public interface IOrderQueries
{
    Task<OrderView?> FindAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<PagedResult<OrderView>> ListAsync(OrderFilter filter, CancellationToken cancellationToken);

    /// <returns>Every event of the order in order, or null when there is no such order.</returns>
    Task<IReadOnlyList<RecordedOrderEvent>?> HistoryAsync(Guid orderId, CancellationToken cancellationToken);
}

public sealed record OrderFilter(
    int Page,
    int PageSize,
    string? UserName,
    OrderStatus? Status,
    DateTimeOffset? PlacedFrom,
    DateTimeOffset? PlacedTo);
