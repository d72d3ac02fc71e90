using Commerce.Ordering.Application.Orders;
using MediatR;

namespace Commerce.Ordering.Application.PaymentGrace;

internal sealed class EndPaymentGraceHandler(OrderLifecycle lifecycle, TimeProvider clock) : IRequestHandler<EndPaymentGrace, OrderChanged>
{
    public Task<OrderChanged> Handle(EndPaymentGrace request, CancellationToken cancellationToken) =>
        lifecycle.ChangeAsync(request.OrderId, owner: null, expectedVersion: null, order => order.EndPaymentGrace(clock.GetUtcNow()), cancellationToken);
}
