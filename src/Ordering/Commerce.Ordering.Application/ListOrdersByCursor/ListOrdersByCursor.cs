using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.ListOrders;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.ListOrdersByCursor;

/// <summary>The order list (same filters, newest first), paged by the cursor the previous page gave.</summary>
public sealed record ListOrdersByCursor(
    string? UserName = null,
    string? Status = null,
    DateTimeOffset? PlacedFrom = null,
    DateTimeOffset? PlacedTo = null,
    int Limit = PageRequest.DefaultPageSize,
    string? Cursor = null) : IQuery<CursorPage<OrderDto>>, ICursorQuery, IOrderListFilter;
