using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Inventory.Contracts;
using Commerce.Ordering.Contracts;
using Commerce.Payments.Contracts;
using Commerce.Users.Contracts;
using MediatR;
using SendNotificationCommand = Commerce.Notifications.Application.SendNotification.SendNotification;

namespace Commerce.Notifications.Application.Events;

/// <summary>
/// One email per event: the buyer hears about their order and its refunds, an account's holder about its codes and
/// password, the operator about low stock, payments that lapse or are about to, and disputes. A declined payment is told once, as the cancellation it causes (its own
/// template).
/// </summary>
public sealed class NotifyingConsumer(IMediator mediator, NotificationsOptions options) :
    IIntegrationEventConsumer<OrderPlaced>,
    IIntegrationEventConsumer<OrderConfirmed>,
    IIntegrationEventConsumer<OrderCancelled>,
    IIntegrationEventConsumer<OrderShipped>,
    IIntegrationEventConsumer<OrderDelivered>,
    IIntegrationEventConsumer<LowStock>,
    IIntegrationEventConsumer<PaymentAuthorizationExpiring>,
    IIntegrationEventConsumer<OrderPaymentExpired>,
    IIntegrationEventConsumer<PaymentDisputeOpened>,
    IIntegrationEventConsumer<PaymentDisputeClosed>,
    IIntegrationEventConsumer<RefundIssued>,
    IIntegrationEventConsumer<EmailVerificationRequested>,
    IIntegrationEventConsumer<SignUpRepeated>,
    IIntegrationEventConsumer<PasswordResetRequested>,
    IIntegrationEventConsumer<PasswordReset>
{
    public Task ConsumeAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.BuyerEmail, cancellationToken);

    public Task ConsumeAsync(OrderConfirmed integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.BuyerEmail, cancellationToken);

    public Task ConsumeAsync(OrderCancelled integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.BuyerEmail, cancellationToken);

    public Task ConsumeAsync(OrderShipped integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.BuyerEmail, cancellationToken);

    public Task ConsumeAsync(OrderDelivered integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.BuyerEmail, cancellationToken);

    public Task ConsumeAsync(RefundIssued integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.BuyerEmail, cancellationToken);

    public Task ConsumeAsync(EmailVerificationRequested integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.Email, cancellationToken);

    public Task ConsumeAsync(SignUpRepeated integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.Email, cancellationToken);

    public Task ConsumeAsync(PasswordResetRequested integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.Email, cancellationToken);

    public Task ConsumeAsync(PasswordReset integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, integrationEvent.Email, cancellationToken);

    public Task ConsumeAsync(LowStock integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, options.OperatorEmail, cancellationToken);

    public Task ConsumeAsync(PaymentAuthorizationExpiring integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, options.OperatorEmail, cancellationToken);

    public Task ConsumeAsync(OrderPaymentExpired integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, options.OperatorEmail, cancellationToken);

    public Task ConsumeAsync(PaymentDisputeOpened integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, options.OperatorEmail, cancellationToken);

    public Task ConsumeAsync(PaymentDisputeClosed integrationEvent, CancellationToken cancellationToken) => Send(integrationEvent, options.OperatorEmail, cancellationToken);

    /// <param name="recipient">Null for a buyer who proved no address: nothing is sent to one only typed.</param>
    private Task<Unit> Send(object integrationEvent, string? recipient, CancellationToken cancellationToken) =>
        recipient is null ? Unit.Task : mediator.Send(new SendNotificationCommand(integrationEvent, recipient), cancellationToken);
}
