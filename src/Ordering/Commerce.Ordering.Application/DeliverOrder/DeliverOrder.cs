using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.DeliverOrder;

/// <param name="ExpectedVersion">The version the client last read (If-Match); null skips that check.</param>
public sealed record DeliverOrder(Guid OrderId, long? ExpectedVersion = null) : ICommand<OrderChanged>;
