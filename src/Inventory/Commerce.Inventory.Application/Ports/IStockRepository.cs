using Commerce.Inventory.Domain.Stock;

namespace Commerce.Inventory.Application.Ports;

/// <summary>
/// Stock items and reservations. Two units of work that changed one stock item cannot both commit (optimistic
/// concurrency); the loser is retried from a fresh read, which is what makes overselling impossible.
/// </summary>
public interface IStockRepository
{
    Task<StockItem?> FindAsync(Guid productId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, StockItem>> FindManyAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<StockItem>> ListLowAsync(CancellationToken cancellationToken);

    void Save(StockItem item);

    Task<Reservation?> FindReservationAsync(Guid orderId, CancellationToken cancellationToken);

    void Add(Reservation reservation);

    void Update(Reservation reservation);
}
