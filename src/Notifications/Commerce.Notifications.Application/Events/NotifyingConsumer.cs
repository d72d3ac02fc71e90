using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Contracts;
using Commerce.Ordering.Contracts;
using MediatR;
using SendNotificationCommand = Commerce.Notifications.Application.SendNotification.SendNotification;

namespace Commerce.Notifications.Application.Events;

/// <summary>One email per event: the buyer hears about their order, the operator about low stock.</summary>
public sealed class NotifyingConsumer(IMediator mediator, NotificationsOptions options) :
    IIntegrationEventConsumer<OrderPlaced>,
    IIntegrationEventConsumer<OrderConfirmed>,
    IIntegrationEventConsumer<OrderCancelled>,
    IIntegrationEventConsumer<OrderShipped>,
    IIntegrationEventConsumer<OrderDelivered>,
    IIntegrationEventConsumer<LowStock>
{
    public Task ConsumeAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.BuyerEmail, cancellationToken);

    public Task ConsumeAsync(OrderConfirmed integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.BuyerEmail, cancellationToken);

    public Task ConsumeAsync(OrderCancelled integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.BuyerEmail, cancellationToken);

    public Task ConsumeAsync(OrderShipped integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.BuyerEmail, cancellationToken);

    public Task ConsumeAsync(OrderDelivered integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.BuyerEmail, cancellationToken);

    public Task ConsumeAsync(LowStock integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, options.OperatorEmail, cancellationToken);

    private Task<Unit> Send(object integrationEvent, string recipient, CancellationToken cancellationToken) =>
        mediator.Send(new SendNotificationCommand(integrationEvent, recipient), cancellationToken);
}
