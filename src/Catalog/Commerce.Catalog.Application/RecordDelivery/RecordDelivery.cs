using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Catalog.Application.RecordDelivery;

/// <summary>A customer received an order: each of its products becomes theirs to review.</summary>
public sealed record RecordDelivery(Guid OrderId, string UserName, string BuyerName, IReadOnlyList<Guid> ProductIds, DateTimeOffset DeliveredAt) : ICommand<Unit>;
