using Commerce.Inventory.Application.Stock;
using Commerce.Inventory.Domain.Stock;
using MediatR;

namespace Commerce.Inventory.Application.ReleaseStock;

internal sealed class ReleaseStockHandler(ReservationClosing reservations, TimeProvider clock) : IRequestHandler<ReleaseStock, Unit>
{
    public async Task<Unit> Handle(ReleaseStock request, CancellationToken cancellationToken)
    {
        // Cancelled before Inventory saw the order: a tombstone keeps the late OrderPlaced from reserving anything.
        await reservations.CloseAsync(request.OrderId, (reservation, items) => reservation.Release(items, clock.GetUtcNow()),
            () => Reservation.ReleasedBeforeReserved(request.OrderId, clock.GetUtcNow()), cancellationToken);
        return Unit.Value;
    }
}
