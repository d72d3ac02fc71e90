using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.CheckoutDeadline;

internal sealed class TimeOutCheckoutHandler(IOrderRepository orders, IIntegrationEvents events, TimeProvider clock) : IRequestHandler<TimeOutCheckout, OrderChanged>
{
    public Task<OrderChanged> Handle(TimeOutCheckout request, CancellationToken cancellationToken) =>
        orders.ChangeAsync(events, request.OrderId, owner: null, expectedVersion: null, order => order.TimeOut(request.Waited, clock.GetUtcNow()), cancellationToken);
}
