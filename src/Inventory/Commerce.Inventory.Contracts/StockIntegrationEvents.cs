namespace Commerce.Inventory.Contracts;

// What Inventory tells other contexts, on SQS as plain JSON (camelCase).

public sealed record StockReserved(Guid OrderId, IReadOnlyList<ReservedProduct> Lines, DateTimeOffset ReservedAt);

public sealed record ReservedProduct(Guid ProductId, int Quantity);

/// <summary>Nothing was reserved: at least one line could not be covered.</summary>
public sealed record StockReservationFailed(Guid OrderId, IReadOnlyList<ShortProduct> ShortLines, string Reason, DateTimeOffset FailedAt);

public sealed record ShortProduct(Guid ProductId, string ProductName, int Requested, int Available);

/// <summary>A product's available stock fell under its threshold.</summary>
public sealed record LowStock(Guid ProductId, string? ProductName, int Available, int Threshold, DateTimeOffset At);

/// <summary>A product's available count moved (stock set or adjusted, units reserved or released).</summary>
/// <param name="Revision">Grows with every change of the product's stock: of two messages, the higher one is the newer, whatever order they arrive in.</param>
public sealed record StockLevelChanged(Guid ProductId, int Available, long Revision, DateTimeOffset At);
