using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.ListOrders;

/// <param name="Status">Pending, Confirmed, Shipped, Delivered or Cancelled (any case).</param>
/// <param name="PlacedFrom">Placed at or after this instant.</param>
/// <param name="PlacedTo">Placed at or before this instant.</param>
public sealed record ListOrders(
    string? UserName = null,
    string? Status = null,
    DateTimeOffset? PlacedFrom = null,
    DateTimeOffset? PlacedTo = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IQuery<PagedResult<OrderDto>>, IPagedQuery, IOrderListFilter;
