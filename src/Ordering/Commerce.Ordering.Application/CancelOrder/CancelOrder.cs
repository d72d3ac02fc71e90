using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.CancelOrder;

/// <param name="ExpectedVersion">The version the client last read (If-Match); null skips that check.</param>
public sealed record CancelOrder(Guid OrderId, string? Reason, long? ExpectedVersion = null) : ICommand<OrderChanged>;
