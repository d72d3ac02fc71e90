using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Contracts;
using MediatR;

namespace Commerce.Catalog.Application.Events;

/// <summary>What the catalog shows of other contexts' facts: stock levels from Inventory.</summary>
public sealed class ShopEventsConsumer(IMediator mediator) :
    IIntegrationEventConsumer<StockLevelChanged>
{
    public Task ConsumeAsync(StockLevelChanged integrationEvent, CancellationToken cancellationToken) =>
        mediator.Send(new RecordStockLevel.RecordStockLevel(integrationEvent.ProductId, integrationEvent.Available, integrationEvent.Revision, integrationEvent.At), cancellationToken);
}
