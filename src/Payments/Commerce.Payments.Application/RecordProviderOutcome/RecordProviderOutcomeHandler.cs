using Commerce.BuildingBlocks.Domain;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Payments.Application.Payments;
using Commerce.Payments.Application.Ports;
using Commerce.Payments.Domain.Payments;
using MediatR;

namespace Commerce.Payments.Application.RecordProviderOutcome;

/// <summary>
/// The provider decided a payment it had taken as pending, or cancelled one. Applied once per event id; a decision
/// on a payment that moved on changes nothing, except that an authorization arriving after the order was cancelled
/// is voided at once: no money stays held for a cancelled order. A cancellation of an authorized payment is the
/// provider letting it go by itself (its window ended): the payment expires, and the order cannot ship on it. A refund
/// made at the provider (its dashboard) is recorded as the shop's own are; a dispute is recorded and told.
/// </summary>
internal sealed class RecordProviderOutcomeHandler(
    IProviderWebhooks webhooks, IPaymentRepository payments, IPaymentGateway gateway, IIntegrationEvents events, AuthorizationWatch watch, PaymentsOptions options,
    TimeProvider clock)
    : IRequestHandler<RecordProviderOutcome, Unit>
{
    public async Task<Unit> Handle(RecordProviderOutcome request, CancellationToken cancellationToken)
    {
        if (request.Provider != webhooks.Provider)
        {
            throw new DomainException("webhooks_not_configured", $"This shop takes no {request.Provider} webhooks: its payment provider is {webhooks.Provider}.");
        }

        var received = webhooks.Read(request.Payload, request.Signature);
        if (received is null
            || !await payments.TryRecordProviderEventAsync(received.Id, clock.GetUtcNow(), cancellationToken)
            || await payments.FindOrderIdAsync(received.ProviderReference, cancellationToken) is not { } orderId
            || await payments.LockAsync(orderId, cancellationToken) is not { } payment)
        {
            return Unit.Value;
        }

        var now = clock.GetUtcNow();
        switch (received.Outcome)
        {
            case ProviderOutcome.Authorized when payment.IsPending:
                payment.Authorize(received.ProviderReference, received.CardBrand, received.CardLast4, received.ReceiptUrl, options.AuthorizationLifetime, now);
                await watch.WatchAsync(payment, cancellationToken);
                break;
            case ProviderOutcome.Authorized when payment.Status == PaymentStatus.Voided:
                await gateway.VoidAsync(received.ProviderReference, payment.IdempotencyKeyFor("void-late"), cancellationToken);
                return Unit.Value;
            case ProviderOutcome.Declined when payment.IsPending:
                payment.Decline(received.ProviderReference, received.DeclineCode ?? "card_declined", now);
                break;
            case ProviderOutcome.Canceled when payment.Status == PaymentStatus.Authorized:
                payment.Expire(received.Reason ?? "canceled_by_provider", now);
                break;
            case ProviderOutcome.Canceled when payment.IsPending:
                payment.Void(now);
                break;
            case ProviderOutcome.Refunded when payment.RecordRefundedAtProvider(received.Amount ?? 0, received.ItemReference ?? received.ProviderReference, now):
                break;
            case ProviderOutcome.DisputeOpened:
                payment.OpenDispute(received.Amount ?? 0, received.Reason ?? "unknown", received.ItemReference ?? received.ProviderReference, now);
                break;
            case ProviderOutcome.DisputeClosed:
                payment.CloseDispute(received.Amount ?? 0, received.Reason ?? "unknown", received.ItemReference ?? received.ProviderReference, now);
                break;
            default:
                return Unit.Value; // the payment moved on: this answer is late or repeated
        }

        payments.Update(payment);
        await events.PublishAsync(PaymentEvents.OfLatestChange(payment)!, cancellationToken);
        return Unit.Value;
    }
}
