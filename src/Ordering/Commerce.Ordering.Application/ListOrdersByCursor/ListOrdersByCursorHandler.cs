using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.ListOrdersByCursor;

internal sealed class ListOrdersByCursorHandler(IOrderQueries orders) : IRequestHandler<ListOrdersByCursor, CursorPage<OrderDto>>
{
    public async Task<CursorPage<OrderDto>> Handle(ListOrdersByCursor request, CancellationToken cancellationToken)
    {
        var after = request.Cursor is null ? null : OrderCursor.Decode(request.Cursor);
        var filter = OrderFilter.From(1, request.Limit, request.UserName, request.Status, request.PlacedFrom, request.PlacedTo);
        var found = await orders.ListAfterAsync(filter, after, request.Limit + 1, cancellationToken);
        return CursorPage.From(found, request.Limit, last => OrderCursor.After(last).Encode()).Select(OrderDto.From);
    }
}
