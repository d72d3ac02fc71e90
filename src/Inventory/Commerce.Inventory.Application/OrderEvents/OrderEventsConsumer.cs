using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Domain.Stock;
using Commerce.Ordering.Contracts;
using MediatR;
using CommitStockCommand = Commerce.Inventory.Application.CommitStock.CommitStock;
using ReleaseStockCommand = Commerce.Inventory.Application.ReleaseStock.ReleaseStock;
using ReserveStockCommand = Commerce.Inventory.Application.ReserveStock.ReserveStock;

namespace Commerce.Inventory.Application.OrderEvents;

/// <summary>Inventory's side of an order's life: reserve when placed, release when cancelled, commit when shipped.</summary>
public sealed class OrderEventsConsumer(IMediator mediator) :
    IIntegrationEventConsumer<OrderPlaced>,
    IIntegrationEventConsumer<OrderCancelled>,
    IIntegrationEventConsumer<OrderShipped>
{
    public Task ConsumeAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken) =>
        mediator.Send(new ReserveStockCommand(integrationEvent.OrderId,
            [.. integrationEvent.Lines.Select(l => new ReservationLine(l.ProductId, l.ProductName, l.Quantity))]), cancellationToken);

    public Task ConsumeAsync(OrderCancelled integrationEvent, CancellationToken cancellationToken) =>
        mediator.Send(new ReleaseStockCommand(integrationEvent.OrderId), cancellationToken);

    public Task ConsumeAsync(OrderShipped integrationEvent, CancellationToken cancellationToken) =>
        mediator.Send(new CommitStockCommand(integrationEvent.OrderId), cancellationToken);
}
