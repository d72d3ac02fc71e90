using Commerce.Inventory.Application.Ports;
using Commerce.Inventory.Domain.Stock;
using Marten;

namespace Commerce.Inventory.Infrastructure;

internal sealed class MartenStockRepository(IDocumentSession session) : IStockRepository
{
    public Task<StockItem?> FindAsync(Guid productId, CancellationToken cancellationToken) =>
        session.LoadAsync<StockItem>(productId, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, StockItem>> LockManyAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        if (productIds.Count == 0)
        {
            return new Dictionary<Guid, StockItem>();
        }

        // Row locks held by the session's transaction until SaveChanges commits it (or the session is disposed), taken
        // in id order. Then the ordinary load, so the versions optimistic concurrency checks are the ones read here.
        await session.BeginTransactionAsync(cancellationToken);
        var table = session.DocumentStore.Options.Schema.For<StockItem>();
        await session.AdvancedSql.QueryAsync<Guid>($"select id from {table} where id = any(?) order by id for update", cancellationToken, productIds.ToArray());
        return (await session.LoadManyAsync<StockItem>(cancellationToken, productIds)).ToDictionary(i => i.Id);
    }

    public async Task<IReadOnlyList<StockItem>> ListLowAsync(CancellationToken cancellationToken) =>
        // Available and IsLow are derived, but stored with the document, so PostgreSQL can filter and sort on them.
        await session.Query<StockItem>()
            .Where(i => i.IsLow)
            .OrderBy(i => i.Available).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);

    // Store checks the version this session loaded (optimistic concurrency, see InventoryInfrastructure).
    public void Save(StockItem item) => session.Store(item);

    public Task<Reservation?> FindReservationAsync(Guid orderId, CancellationToken cancellationToken) =>
        session.LoadAsync<Reservation>(orderId, cancellationToken);

    // Insert: a second reservation for one order fails on the primary key instead of reserving twice.
    public void Add(Reservation reservation) => session.Insert(reservation);

    public void Update(Reservation reservation) => session.Update(reservation);
}
