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

        // One more than the page holds says whether another page follows, without counting.
        var found = await orders.ListAfterAsync(filter, after, request.Limit + 1, cancellationToken);
        var page = found.Take(request.Limit).ToList();
        var next = found.Count > request.Limit ? OrderCursor.After(page[^1]).Encode() : null;
        return new CursorPage<OrderDto>([.. page.Select(OrderDto.From)], request.Limit, next);
    }
}
