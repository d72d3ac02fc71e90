namespace Commerce.Ordering.Application.Orders;

/// <summary>One event of an order's stream, as an operator reads the audit trail.</summary>
public sealed record OrderHistoryEntry(long Version, string Type, DateTimeOffset RecordedAt, object Data);
