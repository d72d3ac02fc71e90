using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.ConfirmOrder;

internal sealed class ConfirmOrderHandler(IOrderRepository orders, TimeProvider clock) : IRequestHandler<ConfirmOrder, OrderChanged>
{
    public async Task<OrderChanged> Handle(ConfirmOrder request, CancellationToken cancellationToken)
    {
        var version = await orders.DecideAsync(request.OrderId, request.ExpectedVersion, order => order.Confirm(clock.GetUtcNow()), cancellationToken);
        return new OrderChanged(request.OrderId, OrderStatus.Confirmed, version);
    }
}
