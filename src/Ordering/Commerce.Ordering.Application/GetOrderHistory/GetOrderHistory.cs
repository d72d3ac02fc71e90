using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.GetOrderHistory;

public sealed record GetOrderHistory(Guid OrderId) : IQuery<IReadOnlyList<OrderHistoryEntry>>;
