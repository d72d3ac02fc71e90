using Commerce.Inventory.Application.Ports;
using Commerce.Inventory.Application.Stock;
using MediatR;

namespace Commerce.Inventory.Application.CommitStock;

internal sealed class CommitStockHandler(IStockRepository stock, TimeProvider clock) : IRequestHandler<CommitStock, Unit>
{
    public async Task<Unit> Handle(CommitStock request, CancellationToken cancellationToken)
    {
        await stock.CloseAsync(request.OrderId, (reservation, items) => reservation.Commit(items, clock.GetUtcNow()), cancellationToken);
        return Unit.Value;
    }
}
