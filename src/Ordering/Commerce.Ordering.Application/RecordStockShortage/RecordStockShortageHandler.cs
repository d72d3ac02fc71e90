using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.RecordStockShortage;

internal sealed class RecordStockShortageHandler(IOrderRepository orders, IIntegrationEvents events, TimeProvider clock) : IRequestHandler<RecordStockShortage, OrderChanged>
{
    public Task<OrderChanged> Handle(RecordStockShortage request, CancellationToken cancellationToken) =>
        orders.ChangeAsync(events, request.OrderId, owner: null, expectedVersion: null, order => order.RecordStockShortage(request.Reason, clock.GetUtcNow()), cancellationToken);
}
