using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.ConfirmOrder;

internal sealed class ConfirmOrderHandler(IOrderRepository orders, IIntegrationEvents events, TimeProvider clock) : IRequestHandler<ConfirmOrder, OrderChanged>
{
    public Task<OrderChanged> Handle(ConfirmOrder request, CancellationToken cancellationToken) =>
        orders.ChangeAsync(events, request.OrderId, owner: null, request.ExpectedVersion, order => order.Confirm(clock.GetUtcNow()), cancellationToken);
}
