using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.ConfirmOrder;

/// <param name="ExpectedVersion">The version the client last read (If-Match); null skips that check.</param>
public sealed record ConfirmOrder(Guid OrderId, long? ExpectedVersion = null) : ICommand<OrderChanged>;
