using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Contracts;
using Commerce.Ordering.Contracts;
using MediatR;

namespace Commerce.Catalog.Application.Events;

/// <summary>What the catalog keeps of other contexts' facts: stock levels to show, deliveries that let buyers review.</summary>
public sealed class ShopEventsConsumer(IMediator mediator) :
    IIntegrationEventConsumer<StockLevelChanged>,
    IIntegrationEventConsumer<OrderDelivered>
{
    public Task ConsumeAsync(StockLevelChanged integrationEvent, CancellationToken cancellationToken) =>
        mediator.Send(new RecordStockLevel.RecordStockLevel(integrationEvent.ProductId, integrationEvent.Available, integrationEvent.Revision, integrationEvent.At), cancellationToken);

    // A delivery told before the event named its buyer and products entitles no one: nothing to keep.
    public Task ConsumeAsync(OrderDelivered integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent is { UserName: { } userName, ProductIds: { } productIds }
            ? mediator.Send(new RecordDelivery.RecordDelivery(integrationEvent.OrderId, userName, integrationEvent.BuyerName ?? string.Empty, productIds, integrationEvent.DeliveredAt), cancellationToken)
            : Task.CompletedTask;
}
