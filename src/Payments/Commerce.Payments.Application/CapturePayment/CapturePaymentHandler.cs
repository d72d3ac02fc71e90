using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Payments.Application.Payments;
using Commerce.Payments.Application.Ports;
using Commerce.Payments.Domain.Payments;
using MediatR;

namespace Commerce.Payments.Application.CapturePayment;

internal sealed class CapturePaymentHandler(
    IPaymentRepository payments, IPaymentGateway gateway, IIntegrationEvents events, IScheduledMessages scheduled, PaymentsOptions options, TimeProvider clock)
    : IRequestHandler<CapturePayment, Unit>
{
    public async Task<Unit> Handle(CapturePayment request, CancellationToken cancellationToken)
    {
        var payment = await payments.LockAsync(request.OrderId, cancellationToken)
            ?? throw new DomainException("payment_not_found", $"Order {request.OrderId} shipped without a payment.");
        if (!payment.AwaitsCapture && payment.Status != PaymentStatus.Expired)
        {
            return Unit.Value; // captured already (a repeated shipment or retry)
        }

        // Shipped as its authorization lapsed (Ordering refuses to ship an order it knows lapsed): there is nothing to
        // capture, and no retry can change that; the payment shows Failed to operators.
        var result = payment.Status == PaymentStatus.Expired
            ? new GatewayCapture(false, Payment.AuthorizationExpiredCode)
            : payment.NeedsNoProvider
            ? new GatewayCapture(true)
            : await gateway.CaptureAsync(payment.ProviderReference!, payment.AmountAuthorized, payment.Currency,
                payment.IdempotencyKeyFor($"capture-{payment.CaptureAttempts + 1}"), cancellationToken);
        var now = clock.GetUtcNow();
        if (result.Succeeded)
        {
            payment.Capture(now);
        }
        else
        {
            payment.FailCapture(result.FailureReason ?? "capture_failed", now);
            if (payment.CaptureAttempts < options.MaxCaptureAttempts && result.FailureReason != Payment.AuthorizationExpiredCode)
            {
                await scheduled.ScheduleAsync(new CaptureRetryDue(payment.Id), now + options.CaptureRetryDelay, cancellationToken);
            }
        }

        payments.Update(payment);
        await events.PublishAsync(PaymentEvents.OfLatestChange(payment)!, cancellationToken);
        return Unit.Value;
    }
}
