using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.GetOrder;

internal sealed class GetOrderHandler(IOrderQueries orders) : IRequestHandler<GetOrder, OrderDto>
{
    public async Task<OrderDto> Handle(GetOrder request, CancellationToken cancellationToken) =>
        await orders.FindAsync(request.OrderId, cancellationToken) is { } order && (request.Owner is null || order.UserName == request.Owner)
            ? OrderDto.From(order)
            : throw new NotFoundException("Order", request.OrderId);
}
