using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.DeliverOrder;

internal sealed class DeliverOrderHandler(IOrderRepository orders, TimeProvider clock) : IRequestHandler<DeliverOrder, OrderChanged>
{
    public async Task<OrderChanged> Handle(DeliverOrder request, CancellationToken cancellationToken)
    {
        var version = await orders.DecideAsync(request.OrderId, request.ExpectedVersion, order => order.Deliver(clock.GetUtcNow()), cancellationToken);
        return new OrderChanged(request.OrderId, OrderStatus.Delivered, version);
    }
}
