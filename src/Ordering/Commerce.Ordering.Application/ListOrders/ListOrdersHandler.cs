using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.ListOrders;

internal sealed class ListOrdersHandler(IOrderQueries orders) : IRequestHandler<ListOrders, PagedResult<OrderDto>>
{
    public async Task<PagedResult<OrderDto>> Handle(ListOrders request, CancellationToken cancellationToken) =>
        (await orders.ListAsync(new OrderFilter(
            request.Page,
            request.PageSize,
            string.IsNullOrWhiteSpace(request.UserName) ? null : request.UserName,
            request.Status is null ? null : Enum.Parse<OrderStatus>(request.Status, ignoreCase: true),
            request.PlacedFrom,
            request.PlacedTo), cancellationToken)).Select(OrderDto.From);
}
