using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.DeliverOrder;

internal sealed class DeliverOrderHandler(IOrderRepository orders, IIntegrationEvents events, TimeProvider clock) : IRequestHandler<DeliverOrder, OrderChanged>
{
    public Task<OrderChanged> Handle(DeliverOrder request, CancellationToken cancellationToken) =>
        orders.ChangeAsync(events, request.OrderId, owner: null, request.ExpectedVersion, order => order.Deliver(clock.GetUtcNow()), cancellationToken);
}
