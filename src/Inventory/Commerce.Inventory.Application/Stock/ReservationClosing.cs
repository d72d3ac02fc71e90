using Commerce.Inventory.Application.Ports;
using Commerce.Inventory.Domain.Stock;

namespace Commerce.Inventory.Application.Stock;

/// <summary>Release and commit share their steps: load the order's reservation and its items, close, save, tell how the levels moved.</summary>
internal sealed class ReservationClosing(IStockRepository stock, StockLevelEvents levels, TimeProvider clock)
{
    /// <param name="beforeReservation">What stands for the reservation when the order's event comes before its OrderPlaced; null: nothing.</param>
    public async Task CloseAsync(
        Guid orderId, Func<Reservation, IReadOnlyDictionary<Guid, StockItem>, bool> close,
        Func<Reservation>? beforeReservation, CancellationToken cancellationToken)
    {
        var reservation = await stock.FindReservationAsync(orderId, cancellationToken);
        if (reservation is null)
        {
            if (beforeReservation is not null)
            {
                stock.Add(beforeReservation());
            }

            return;
        }

        var items = await stock.LockManyAsync([.. reservation.Lines.Select(l => l.ProductId)], cancellationToken);
        var before = items.Values.ToDictionary(i => i.Id, i => i.Level);
        if (close(reservation, items))
        {
            stock.Update(reservation);
            foreach (var item in items.Values)
            {
                stock.Save(item);
                await levels.PublishAsync(item, before[item.Id], productName: null, clock.GetUtcNow(), cancellationToken);
            }
        }
    }
}
