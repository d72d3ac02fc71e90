using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Payments.Application.Payments;
using Commerce.Payments.Application.Ports;
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
        if (payment.FailCaptureOfLapsedAuthorization(clock.GetUtcNow()))
        {
            payments.Update(payment);
            await events.PublishAsync(PaymentEvents.OfLatestChange(payment)!, cancellationToken);
            return Unit.Value;
        }

        if (!payment.AwaitsCapture)
        {
            return Unit.Value; // captured already (a repeated shipment or retry)
        }

        var result = payment.NeedsNoProvider
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
            if (payment.CaptureAttempts < options.MaxCaptureAttempts)
            {
                await scheduled.ScheduleAsync(new CaptureRetryDue(payment.Id), now + options.CaptureRetryDelay, cancellationToken);
            }
        }

        payments.Update(payment);
        await events.PublishAsync(PaymentEvents.OfLatestChange(payment)!, cancellationToken);
        return Unit.Value;
    }
}
