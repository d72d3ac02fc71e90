using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.CheckoutDeadline;

internal sealed class TimeOutCheckoutHandler(OrderLifecycle lifecycle, IOrderQueries views, TimeProvider clock) : IRequestHandler<TimeOutCheckout, OrderChanged>
{
    public async Task<OrderChanged> Handle(TimeOutCheckout request, CancellationToken cancellationToken)
    {
        // Every order's deadline comes, nearly always to an order settled long before. The view commits with the
        // order's events, so a settled view is a settled order: no need to hold its stream to learn that.
        if (await views.FindAsync(request.OrderId, cancellationToken) is { Status: not OrderStatus.Pending } settled)
        {
            return new OrderChanged(settled.Id, settled.Status, settled.Version);
        }

        return await lifecycle.ChangeAsync(request.OrderId, owner: null, expectedVersion: null, order => order.TimeOut(request.Waited, clock.GetUtcNow()), cancellationToken);
    }
}
