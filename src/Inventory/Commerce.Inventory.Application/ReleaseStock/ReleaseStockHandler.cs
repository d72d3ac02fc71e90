using Commerce.Inventory.Application.Ports;
using Commerce.Inventory.Application.Stock;
using MediatR;

namespace Commerce.Inventory.Application.ReleaseStock;

internal sealed class ReleaseStockHandler(IStockRepository stock, TimeProvider clock) : IRequestHandler<ReleaseStock, Unit>
{
    public async Task<Unit> Handle(ReleaseStock request, CancellationToken cancellationToken)
    {
        await stock.CloseAsync(request.OrderId, (reservation, items) => reservation.Release(items, clock.GetUtcNow()), cancellationToken);
        return Unit.Value;
    }
}
