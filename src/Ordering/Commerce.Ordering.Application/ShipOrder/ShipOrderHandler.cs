using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.ShipOrder;

internal sealed class ShipOrderHandler(IOrderRepository orders, TimeProvider clock) : IRequestHandler<ShipOrder, OrderChanged>
{
    public async Task<OrderChanged> Handle(ShipOrder request, CancellationToken cancellationToken)
    {
        var version = await orders.DecideAsync(request.OrderId, request.ExpectedVersion,
            order => order.Ship(request.TrackingNumber, clock.GetUtcNow()), cancellationToken);
        return new OrderChanged(request.OrderId, OrderStatus.Shipped, version);
    }
}
