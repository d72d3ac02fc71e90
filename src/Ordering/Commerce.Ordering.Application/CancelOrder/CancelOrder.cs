using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.CancelOrder;

/// <param name="ExpectedVersion">The version the client last read (If-Match); null skips that check.</param>
/// <param name="Owner">When set, only this user's order can be cancelled; anyone else's is "not found".</param>
public sealed record CancelOrder(Guid OrderId, string? Reason, long? ExpectedVersion = null, string? Owner = null) : ICommand<OrderChanged>;
