using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.RecordPayment;

internal sealed class RecordPaymentHandler(IOrderRepository orders, IIntegrationEvents events, TimeProvider clock) : IRequestHandler<RecordPayment, OrderChanged>
{
    public Task<OrderChanged> Handle(RecordPayment request, CancellationToken cancellationToken) =>
        orders.ChangeAsync(events, request.Fact.OrderId, owner: null, expectedVersion: null, order => order.RecordPayment(request.Fact, clock.GetUtcNow()), cancellationToken);
}
