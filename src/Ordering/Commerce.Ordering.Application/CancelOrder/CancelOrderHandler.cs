using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.CancelOrder;

internal sealed class CancelOrderHandler(OrderLifecycle lifecycle, TimeProvider clock) : IRequestHandler<CancelOrder, OrderChanged>
{
    public Task<OrderChanged> Handle(CancelOrder request, CancellationToken cancellationToken) =>
        lifecycle.ChangeAsync(request.OrderId, request.Owner, request.ExpectedVersion,
            order => order.Cancel(request.Reason, request.Owner is null ? CancellationCodes.ByStaff : CancellationCodes.ByCustomer, clock.GetUtcNow()), cancellationToken);
}
