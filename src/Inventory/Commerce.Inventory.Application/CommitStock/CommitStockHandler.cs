using Commerce.Inventory.Application.Stock;
using MediatR;

namespace Commerce.Inventory.Application.CommitStock;

internal sealed class CommitStockHandler(ReservationClosing reservations, TimeProvider clock) : IRequestHandler<CommitStock, Unit>
{
    public async Task<Unit> Handle(CommitStock request, CancellationToken cancellationToken)
    {
        // Ordering ships only orders whose stock was reserved, so a missing reservation is a redelivery after cleanup: nothing to do.
        await reservations.CloseAsync(request.OrderId, (reservation, items) => reservation.Commit(items, clock.GetUtcNow()), null, cancellationToken);
        return Unit.Value;
    }
}
