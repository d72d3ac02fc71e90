using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;

namespace Commerce.Ordering.Application.GetOrder;

/// <param name="Owner">When set, only this user's order is found; anyone else's is "not found".</param>
public sealed record GetOrder(Guid OrderId, string? Owner = null) : IQuery<OrderDto>;
