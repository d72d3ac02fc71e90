using Commerce.Ordering.Application.Orders;
using MediatR;

namespace Commerce.Ordering.Application.RecordPayment;

internal sealed class RecordPaymentHandler(OrderLifecycle lifecycle, TimeProvider clock) : IRequestHandler<RecordPayment, OrderChanged>
{
    public Task<OrderChanged> Handle(RecordPayment request, CancellationToken cancellationToken) =>
        lifecycle.ChangeAsync(request.Fact.OrderId, owner: null, expectedVersion: null, order => order.RecordPayment(request.Fact, clock.GetUtcNow()), cancellationToken);
}
