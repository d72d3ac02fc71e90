using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Payments.Application.Payments;
using Commerce.Payments.Application.Ports;
using Commerce.Payments.Domain.Payments;
using MediatR;

namespace Commerce.Payments.Application.AuthorizePayment;

internal sealed class AuthorizePaymentHandler(
    IPaymentRepository payments, IPaymentGateway gateway, IIntegrationEvents events, AuthorizationWatch watch, PaymentsOptions options, TimeProvider clock)
    : IRequestHandler<AuthorizePayment, Unit>
{
    public async Task<Unit> Handle(AuthorizePayment request, CancellationToken cancellationToken)
    {
        if (await payments.LockAsync(request.OrderId, cancellationToken) is not null)
        {
            return Unit.Value; // asked already, or the order was cancelled before: never authorize twice, nor after a void
        }

        var payment = Payment.Open(request.OrderId, request.Amount, request.Currency, request.PaymentMethodId, request.BuyerEmail, clock.GetUtcNow());
        if (payment.NeedsNoProvider)
        {
            payment.Authorize(null, null, null, null, options.AuthorizationLifetime, clock.GetUtcNow());
        }
        else
        {
            var answer = await gateway.AuthorizeAsync(
                new AuthorizationRequest(payment.Id, payment.Amount, payment.Currency, payment.PaymentMethodId!, payment.IdempotencyKeyFor("authorize")), cancellationToken);
            var now = clock.GetUtcNow();
            switch (answer.Decision)
            {
                case GatewayDecision.Authorized:
                    payment.Authorize(answer.ProviderReference, answer.CardBrand, answer.CardLast4, answer.ReceiptUrl, options.AuthorizationLifetime, now);
                    break;
                case GatewayDecision.Declined:
                    payment.Decline(answer.ProviderReference, answer.DeclineCode ?? "card_declined", now);
                    break;
                case GatewayDecision.ActionRequired:
                    payment.RequireAction(answer.ProviderReference ?? throw new InvalidOperationException("A challenge needs the provider's reference."),
                        answer.ClientSecret ?? throw new InvalidOperationException("A challenge needs its client secret."), now);
                    break;
                default:
                    payment.AwaitProvider(answer.ProviderReference ?? throw new InvalidOperationException("A pending answer needs the provider's reference."), now);
                    break;
            }
        }

        payments.Add(payment);
        await watch.WatchAsync(payment, cancellationToken);
        if (PaymentEvents.OfLatestChange(payment) is { } told)
        {
            await events.PublishAsync(told, cancellationToken);
        }

        return Unit.Value;
    }
}
