using Commerce.Inventory.Application.Ports;
using Commerce.Inventory.Domain.Stock;

namespace Commerce.Inventory.Application.Stock;

/// <summary>Release and commit share their steps: load the order's reservation and its items, close, save.</summary>
internal sealed class ReservationClosing(IStockRepository stock)
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
        if (close(reservation, items))
        {
            stock.Update(reservation);
            foreach (var item in items.Values)
            {
                stock.Save(item);
            }
        }
    }
}
