using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.GetOrder;

public sealed record GetOrder(Guid OrderId) : IQuery<OrderView>;
