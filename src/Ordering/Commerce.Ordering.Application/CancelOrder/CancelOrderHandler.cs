using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.CancelOrder;

internal sealed class CancelOrderHandler(IOrderRepository orders, IIntegrationEvents events, TimeProvider clock) : IRequestHandler<CancelOrder, OrderChanged>
{
    public Task<OrderChanged> Handle(CancelOrder request, CancellationToken cancellationToken) =>
        orders.ChangeAsync(events, request.OrderId, request.Owner, request.ExpectedVersion,
            order => order.Cancel(request.Reason, request.Owner is null ? CancellationCodes.ByStaff : CancellationCodes.ByCustomer, clock.GetUtcNow()), cancellationToken);
}
