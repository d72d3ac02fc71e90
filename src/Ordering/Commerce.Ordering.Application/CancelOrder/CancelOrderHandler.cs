using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.CancelOrder;

internal sealed class CancelOrderHandler(IOrderRepository orders, TimeProvider clock) : IRequestHandler<CancelOrder, OrderChanged>
{
    public async Task<OrderChanged> Handle(CancelOrder request, CancellationToken cancellationToken)
    {
        var version = await orders.DecideAsync(request.OrderId, request.ExpectedVersion,
            order => order.Cancel(request.Reason, clock.GetUtcNow()), cancellationToken);
        return new OrderChanged(request.OrderId, OrderStatus.Cancelled, version);
    }
}
