using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.GetOrder;

internal sealed class GetOrderHandler(IOrderQueries orders) : IRequestHandler<GetOrder, OrderView>
{
    public async Task<OrderView> Handle(GetOrder request, CancellationToken cancellationToken) =>
        await orders.FindAsync(request.OrderId, cancellationToken) is { } order && (request.Owner is null || order.UserName == request.Owner)
            ? order
            : throw new NotFoundException("Order", request.OrderId);
}
