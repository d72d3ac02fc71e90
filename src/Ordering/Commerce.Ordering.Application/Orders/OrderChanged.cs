using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.Orders;

/// <summary>What a lifecycle command answers: the order's new status and version (its next ETag).</summary>
public sealed record OrderChanged(Guid OrderId, OrderStatus Status, long Version);
