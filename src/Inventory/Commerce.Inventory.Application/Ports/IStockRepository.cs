using Commerce.Inventory.Domain.Stock;

namespace Commerce.Inventory.Application.Ports;

/// <summary>
/// Stock items and reservations. Two units of work that changed one stock item cannot both commit (optimistic
/// concurrency); the loser is retried from a fresh read, which is what makes overselling impossible. The order flows
/// (reserve, release, commit) lock the items they change instead, so a product many orders want at once is
/// reserved for one order after the other, not by all of them at once and retried.
/// </summary>
public interface IStockRepository
{
    Task<StockItem?> FindAsync(Guid productId, CancellationToken cancellationToken);

    /// <summary>
    /// Loads the products' stock and holds it until this unit of work ends: another unit of work locking one of them
    /// waits for it (items are locked in one order, so two orders never wait for each other).
    /// </summary>
    Task<IReadOnlyDictionary<Guid, StockItem>> LockManyAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<StockItem>> ListLowAsync(CancellationToken cancellationToken);

    void Save(StockItem item);

    Task<Reservation?> FindReservationAsync(Guid orderId, CancellationToken cancellationToken);

    void Add(Reservation reservation);

    void Update(Reservation reservation);
}
