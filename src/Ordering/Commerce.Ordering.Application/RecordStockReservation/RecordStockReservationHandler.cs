using Commerce.Ordering.Application.Orders;
using MediatR;

namespace Commerce.Ordering.Application.RecordStockReservation;

internal sealed class RecordStockReservationHandler(OrderLifecycle lifecycle, TimeProvider clock) : IRequestHandler<RecordStockReservation, OrderChanged>
{
    public Task<OrderChanged> Handle(RecordStockReservation request, CancellationToken cancellationToken) =>
        lifecycle.ChangeAsync(request.OrderId, owner: null, expectedVersion: null, order => order.RecordStockReserved(clock.GetUtcNow()), cancellationToken);
}
