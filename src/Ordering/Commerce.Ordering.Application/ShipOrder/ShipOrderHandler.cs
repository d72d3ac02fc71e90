using Commerce.Ordering.Application.Orders;
using MediatR;

namespace Commerce.Ordering.Application.ShipOrder;

internal sealed class ShipOrderHandler(OrderLifecycle lifecycle, TimeProvider clock) : IRequestHandler<ShipOrder, OrderChanged>
{
    public Task<OrderChanged> Handle(ShipOrder request, CancellationToken cancellationToken) =>
        lifecycle.ChangeAsync(request.OrderId, owner: null, request.ExpectedVersion,
            order => order.Ship(request.TrackingNumber, clock.GetUtcNow()), cancellationToken);
}
