using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Domain.Orders;
using Commerce.Payments.Contracts;
using MediatR;
using RecordPaymentCommand = Commerce.Ordering.Application.RecordPayment.RecordPayment;

namespace Commerce.Ordering.Application.PaymentEvents;

/// <summary>
/// Payments' answers, kept on the order: an authorization confirms a pending order whose stock is reserved, a decline
/// cancels it, a lapsed authorization stops a confirmed order from shipping, the rest is recorded. Each carries the payment's standing, so the order keeps the newest whatever
/// order they arrive in.
/// </summary>
public sealed class PaymentEventsConsumer(IMediator mediator) :
    IIntegrationEventConsumer<PaymentAuthorized>,
    IIntegrationEventConsumer<PaymentActionRequired>,
    IIntegrationEventConsumer<PaymentDeclined>,
    IIntegrationEventConsumer<PaymentVoided>,
    IIntegrationEventConsumer<PaymentCaptured>,
    IIntegrationEventConsumer<PaymentCaptureFailed>,
    IIntegrationEventConsumer<PaymentAuthorizationExpired>,
    IIntegrationEventConsumer<PaymentDisputeOpened>,
    IIntegrationEventConsumer<PaymentDisputeClosed>,
    IIntegrationEventConsumer<RefundIssued>
{
    public Task ConsumeAsync(PaymentAuthorized integrationEvent, CancellationToken cancellationToken) =>
        Record(new OrderPaymentAuthorized(integrationEvent.OrderId, StandingOf(integrationEvent.Standing), integrationEvent.CardBrand, integrationEvent.CardLast4, integrationEvent.AuthorizedAt, integrationEvent.ReceiptUrl), cancellationToken);

    public Task ConsumeAsync(PaymentActionRequired integrationEvent, CancellationToken cancellationToken) =>
        Record(new OrderPaymentActionRequired(integrationEvent.OrderId, StandingOf(integrationEvent.Standing), integrationEvent.ClientSecret, integrationEvent.At), cancellationToken);

    public Task ConsumeAsync(PaymentDeclined integrationEvent, CancellationToken cancellationToken) =>
        Record(new OrderPaymentDeclined(integrationEvent.OrderId, StandingOf(integrationEvent.Standing), integrationEvent.DeclineCode, integrationEvent.DeclinedAt), cancellationToken);

    public Task ConsumeAsync(PaymentVoided integrationEvent, CancellationToken cancellationToken) =>
        Record(new OrderPaymentVoided(integrationEvent.OrderId, StandingOf(integrationEvent.Standing), integrationEvent.VoidedAt), cancellationToken);

    public Task ConsumeAsync(PaymentCaptured integrationEvent, CancellationToken cancellationToken) =>
        Record(new OrderPaymentCaptured(integrationEvent.OrderId, StandingOf(integrationEvent.Standing), integrationEvent.CapturedAt), cancellationToken);

    public Task ConsumeAsync(PaymentCaptureFailed integrationEvent, CancellationToken cancellationToken) =>
        Record(new OrderPaymentCaptureFailed(integrationEvent.OrderId, StandingOf(integrationEvent.Standing), integrationEvent.Reason, integrationEvent.FailedAt), cancellationToken);

    public Task ConsumeAsync(PaymentAuthorizationExpired integrationEvent, CancellationToken cancellationToken) =>
        Record(new OrderPaymentExpired(integrationEvent.OrderId, StandingOf(integrationEvent.Standing), integrationEvent.Reason, integrationEvent.ExpiredAt), cancellationToken);

    public Task ConsumeAsync(PaymentDisputeOpened integrationEvent, CancellationToken cancellationToken) =>
        Record(new OrderPaymentDisputed(integrationEvent.OrderId, StandingOf(integrationEvent.Standing), integrationEvent.Amount, integrationEvent.Reason, integrationEvent.OpenedAt), cancellationToken);

    public Task ConsumeAsync(PaymentDisputeClosed integrationEvent, CancellationToken cancellationToken) =>
        Record(new OrderPaymentDisputeClosed(integrationEvent.OrderId, StandingOf(integrationEvent.Standing), integrationEvent.Amount, integrationEvent.Outcome, integrationEvent.ClosedAt), cancellationToken);

    public Task ConsumeAsync(RefundIssued integrationEvent, CancellationToken cancellationToken) =>
        Record(new OrderRefundIssued(integrationEvent.OrderId, StandingOf(integrationEvent.Standing), integrationEvent.Amount, integrationEvent.Reason, integrationEvent.IssuedAt), cancellationToken);

    private Task<OrderChanged> Record(IPaymentFact fact, CancellationToken cancellationToken) => mediator.Send(new RecordPaymentCommand(fact), cancellationToken);

    private static Domain.Orders.PaymentStanding StandingOf(Commerce.Payments.Contracts.PaymentStanding standing) => new(
        standing.Version,
        Enum.TryParse<PaymentStatus>(standing.Status, out var status) ? status : throw new ArgumentException($"Unknown payment status '{standing.Status}'.", nameof(standing)),
        standing.AmountAuthorized,
        standing.AmountCaptured,
        standing.AmountRefunded);
}
