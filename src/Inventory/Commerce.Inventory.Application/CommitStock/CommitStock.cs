using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Inventory.Application.CommitStock;

/// <summary>The order shipped: its reserved units leave the stock.</summary>
public sealed record CommitStock(Guid OrderId) : ICommand<Unit>;
