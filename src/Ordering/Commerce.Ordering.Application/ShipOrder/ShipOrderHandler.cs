using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.ShipOrder;

internal sealed class ShipOrderHandler(IOrderRepository orders, IIntegrationEvents events, TimeProvider clock) : IRequestHandler<ShipOrder, OrderChanged>
{
    public Task<OrderChanged> Handle(ShipOrder request, CancellationToken cancellationToken) =>
        orders.ChangeAsync(events, request.OrderId, owner: null, request.ExpectedVersion,
            order => order.Ship(request.TrackingNumber, clock.GetUtcNow()), cancellationToken);
}
