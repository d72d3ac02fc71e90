using Commerce.Ordering.Application.Orders;
using MediatR;

namespace Commerce.Ordering.Application.DeliverOrder;

internal sealed class DeliverOrderHandler(OrderLifecycle lifecycle, TimeProvider clock) : IRequestHandler<DeliverOrder, OrderChanged>
{
    public Task<OrderChanged> Handle(DeliverOrder request, CancellationToken cancellationToken) =>
        lifecycle.ChangeAsync(request.OrderId, owner: null, request.ExpectedVersion, order => order.Deliver(clock.GetUtcNow()), cancellationToken);
}
