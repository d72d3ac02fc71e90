using Commerce.Ordering.Application.Orders;
using MediatR;

namespace Commerce.Ordering.Application.ConfirmOrder;

internal sealed class ConfirmOrderHandler(OrderLifecycle lifecycle, TimeProvider clock) : IRequestHandler<ConfirmOrder, OrderChanged>
{
    public Task<OrderChanged> Handle(ConfirmOrder request, CancellationToken cancellationToken) =>
        lifecycle.ChangeAsync(request.OrderId, owner: null, request.ExpectedVersion, order => order.Confirm(clock.GetUtcNow()), cancellationToken);
}
