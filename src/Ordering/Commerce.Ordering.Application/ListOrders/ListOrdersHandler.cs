using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.ListOrders;

internal sealed class ListOrdersHandler(IOrderQueries orders) : IRequestHandler<ListOrders, PagedResult<OrderDto>>
{
    public async Task<PagedResult<OrderDto>> Handle(ListOrders request, CancellationToken cancellationToken) =>
        (await orders.ListAsync(
            OrderFilter.From(request.Page, request.PageSize, request.UserName, request.Status, request.PlacedFrom, request.PlacedTo), cancellationToken)).Select(OrderDto.From);
}
