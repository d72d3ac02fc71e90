using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.GetOrderHistory;

internal sealed class GetOrderHistoryHandler(IOrderQueries orders) : IRequestHandler<GetOrderHistory, IReadOnlyList<OrderHistoryEntry>>
{
    public async Task<IReadOnlyList<OrderHistoryEntry>> Handle(GetOrderHistory request, CancellationToken cancellationToken) =>
        await orders.HistoryAsync(request.OrderId, cancellationToken) ?? throw new NotFoundException("Order", request.OrderId);
}
