using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.RecordStockReservation;

internal sealed class RecordStockReservationHandler(IOrderRepository orders, IIntegrationEvents events, TimeProvider clock) : IRequestHandler<RecordStockReservation, OrderChanged>
{
    public Task<OrderChanged> Handle(RecordStockReservation request, CancellationToken cancellationToken) =>
        orders.ChangeAsync(events, request.OrderId, owner: null, expectedVersion: null, order => order.RecordStockReserved(clock.GetUtcNow()), cancellationToken);
}
