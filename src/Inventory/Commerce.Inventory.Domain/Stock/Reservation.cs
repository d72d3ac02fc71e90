namespace Commerce.Inventory.Domain.Stock;

/// <summary>
/// What one order holds: reserved all at once, then released (cancelled) or committed (shipped), once. There is one
/// per order whatever happened, so the order's events are right in any order they arrive: a refused reservation and
/// a release that came before its order (a tombstone) both keep a late or repeated OrderPlaced from reserving.
/// </summary>
public sealed class Reservation
{
    private Reservation()
    {
    }

    /// <summary>The order's id.</summary>
    public Guid Id { get; private set; }

    public IReadOnlyList<ReservationLine> Lines { get; private set; } = [];

    public ReservationStatus Status { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool HoldsStock => Status == ReservationStatus.Reserved;

    /// <summary>
    /// Reserves every line on its stock item, or nothing: then the reservation is <see cref="ReservationStatus.Refused"/>,
    /// the short lines are returned and no item is touched.
    /// </summary>
    public static (Reservation Reservation, IReadOnlyList<ShortLine> Short) Reserve(
        Guid orderId, IReadOnlyList<ReservationLine> lines, IReadOnlyDictionary<Guid, StockItem> stock, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(stock);
        var wanted = lines.GroupBy(l => l.ProductId).Select(g => new ReservationLine(g.Key, g.First().ProductName, g.Sum(l => l.Quantity))).ToList();
        ShortLine[] shortLines = [.. wanted
            .Select(l => (Line: l, Available: stock.TryGetValue(l.ProductId, out var item) ? item.Available : 0))
            .Where(x => x.Line.Quantity > x.Available)
            .Select(x => new ShortLine(x.Line.ProductId, x.Line.ProductName, x.Line.Quantity, x.Available))];
        if (shortLines.Length > 0)
        {
            return (new Reservation { Id = orderId, Lines = wanted, Status = ReservationStatus.Refused, UpdatedAt = now }, shortLines);
        }

        foreach (var line in wanted)
        {
            stock[line.ProductId].Reserve(line.Quantity, now);
        }

        return (new Reservation { Id = orderId, Lines = wanted, Status = ReservationStatus.Reserved, UpdatedAt = now }, []);
    }

    /// <summary>The order was cancelled before its stock was reserved: nothing is held, and nothing may be later.</summary>
    public static Reservation ReleasedBeforeReserved(Guid orderId, DateTimeOffset now) =>
        new() { Id = orderId, Lines = [], Status = ReservationStatus.Released, UpdatedAt = now };

    /// <returns>False when there is nothing left to release (already released or committed).</returns>
    public bool Release(IReadOnlyDictionary<Guid, StockItem> stock, DateTimeOffset now) =>
        Close(ReservationStatus.Released, stock, (item, quantity) => item.Release(quantity, now), now);

    /// <returns>False when there is nothing left to commit (already released or committed).</returns>
    public bool Commit(IReadOnlyDictionary<Guid, StockItem> stock, DateTimeOffset now) =>
        Close(ReservationStatus.Committed, stock, (item, quantity) => item.Commit(quantity, now), now);

    private bool Close(ReservationStatus to, IReadOnlyDictionary<Guid, StockItem> stock, Action<StockItem, int> apply, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stock);
        if (Status != ReservationStatus.Reserved)
        {
            return false;
        }

        foreach (var line in Lines.Where(l => stock.ContainsKey(l.ProductId)))
        {
            apply(stock[line.ProductId], line.Quantity);
        }

        Status = to;
        UpdatedAt = now;
        return true;
    }
}

public enum ReservationStatus
{
    Reserved,
    Released,
    Committed,

    /// <summary>Not enough stock when the order came: nothing was reserved.</summary>
    Refused,
}

public sealed record ReservationLine(Guid ProductId, string ProductName, int Quantity);

public sealed record ShortLine(Guid ProductId, string ProductName, int Requested, int Available);
