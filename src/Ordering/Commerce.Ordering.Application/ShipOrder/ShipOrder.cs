using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.ShipOrder;

/// <param name="ExpectedVersion">The version the client last read (If-Match); null skips that check.</param>
public sealed record ShipOrder(Guid OrderId, string? TrackingNumber, long? ExpectedVersion = null) : ICommand<OrderChanged>;
