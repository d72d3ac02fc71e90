using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Inventory.Application.ReleaseStock;

/// <summary>The order was cancelled: what it reserved becomes available again.</summary>
public sealed record ReleaseStock(Guid OrderId) : ICommand<Unit>;
