using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using MediatR;

namespace Commerce.Ordering.Application.GetOrderHistory;

internal sealed class GetOrderHistoryHandler(IOrderQueries orders) : IRequestHandler<GetOrderHistory, IReadOnlyList<OrderHistoryEntry>>
{
    public async Task<IReadOnlyList<OrderHistoryEntry>> Handle(GetOrderHistory request, CancellationToken cancellationToken)
    {
        if (request.Owner is not null && (await orders.FindAsync(request.OrderId, cancellationToken))?.UserName != request.Owner)
        {
            throw new NotFoundException("Order", request.OrderId);
        }

        var events = await orders.HistoryAsync(request.OrderId, cancellationToken) ?? throw new NotFoundException("Order", request.OrderId);
        return [.. events.Select(OrderHistoryEntry.From)];
    }
}
