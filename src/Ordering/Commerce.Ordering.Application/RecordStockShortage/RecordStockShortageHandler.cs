using Commerce.Ordering.Application.Orders;
using MediatR;

namespace Commerce.Ordering.Application.RecordStockShortage;

internal sealed class RecordStockShortageHandler(OrderLifecycle lifecycle, TimeProvider clock) : IRequestHandler<RecordStockShortage, OrderChanged>
{
    public Task<OrderChanged> Handle(RecordStockShortage request, CancellationToken cancellationToken) =>
        lifecycle.ChangeAsync(request.OrderId, owner: null, expectedVersion: null, order => order.RecordStockShortage(request.Reason, clock.GetUtcNow()), cancellationToken);
}
