using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Contracts;
using MediatR;
using AuthorizePaymentCommand = Commerce.Payments.Application.AuthorizePayment.AuthorizePayment;
using CapturePaymentCommand = Commerce.Payments.Application.CapturePayment.CapturePayment;
using VoidPaymentCommand = Commerce.Payments.Application.VoidPayment.VoidPayment;

namespace Commerce.Payments.Application.OrderEvents;

/// <summary>Payments' side of an order's life: authorize when placed, void when cancelled, capture when shipped.</summary>
public sealed class OrderEventsConsumer(IMediator mediator) :
    IIntegrationEventConsumer<OrderPlaced>,
    IIntegrationEventConsumer<OrderCancelled>,
    IIntegrationEventConsumer<OrderShipped>
{
    public Task ConsumeAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken) =>
        mediator.Send(new AuthorizePaymentCommand(integrationEvent.OrderId, integrationEvent.Total, integrationEvent.Currency,
            integrationEvent.PaymentMethodId, integrationEvent.BuyerEmail), cancellationToken);

    public Task ConsumeAsync(OrderCancelled integrationEvent, CancellationToken cancellationToken) =>
        mediator.Send(new VoidPaymentCommand(integrationEvent.OrderId), cancellationToken);

    public Task ConsumeAsync(OrderShipped integrationEvent, CancellationToken cancellationToken) =>
        mediator.Send(new CapturePaymentCommand(integrationEvent.OrderId), cancellationToken);
}
