using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Payments.Application.Payments;
using Commerce.Payments.Application.Ports;
using Commerce.Payments.Domain.Payments;
using MediatR;

namespace Commerce.Payments.Application.RenewAuthorization;

internal sealed class RenewAuthorizationHandler(
    IPaymentRepository payments, IPaymentGateway gateway, IIntegrationEvents events, AuthorizationWatch watch, PaymentsOptions options, TimeProvider clock)
    : IRequestHandler<RenewAuthorization, Unit>
{
    public async Task<Unit> Handle(RenewAuthorization request, CancellationToken cancellationToken)
    {
        var payment = await payments.LockAsync(request.OrderId, cancellationToken);
        if (payment is not { Status: PaymentStatus.Authorized } || payment.AuthorizationExpiresAt != request.ExpiresAt)
        {
            return Unit.Value; // captured, voided, expired or renewed since: nothing of this authorization is left to mind
        }

        var now = clock.GetUtcNow();
        if (now >= request.ExpiresAt)
        {
            // Released at the provider too (a no-op where it let it go already), so the money is never held past the state we show.
            await gateway.VoidAsync(payment.ProviderReference!, payment.IdempotencyKeyFor("void-expired"), cancellationToken);
            payment.Expire(Payment.AuthorizationExpiredCode, now);
        }
        else
        {
            var replaced = payment.ProviderReference!;
            var answer = await gateway.ReauthorizeAsync(
                new AuthorizationRequest(payment.Id, payment.AmountAuthorized, payment.Currency, payment.PaymentMethodId!, payment.IdempotencyKeyFor($"reauthorize-{payment.Version}")),
                cancellationToken);
            if (answer is { Decision: GatewayDecision.Authorized, ProviderReference: { } renewed })
            {
                await gateway.VoidAsync(replaced, payment.IdempotencyKeyFor($"void-replaced-{payment.Version}"), cancellationToken);
                payment.Reauthorize(renewed, options.AuthorizationLifetime, now);
                await watch.WatchAsync(payment, cancellationToken);
            }
            else
            {
                payment.RecordRenewalRefused(answer.DeclineCode ?? "renewal_refused", now);
                await watch.WatchExpiryAsync(payment, cancellationToken);
            }
        }

        payments.Update(payment);
        if (PaymentEvents.OfLatestChange(payment) is { } told)
        {
            await events.PublishAsync(told, cancellationToken);
        }

        return Unit.Value;
    }
}
