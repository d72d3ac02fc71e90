using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Payments.Application.Payments;
using Commerce.Payments.Application.Ports;
using Commerce.Payments.Domain.Payments;
using MediatR;

namespace Commerce.Payments.Application.VoidPayment;

internal sealed class VoidPaymentHandler(IPaymentRepository payments, IPaymentGateway gateway, IIntegrationEvents events, TimeProvider clock)
    : IRequestHandler<VoidPayment, Unit>
{
    public async Task<Unit> Handle(VoidPayment request, CancellationToken cancellationToken)
    {
        var payment = await payments.LockAsync(request.OrderId, cancellationToken);
        if (payment is null)
        {
            // Told like any void, so the order shows that nothing is (or will be) held for it.
            var tombstone = Payment.VoidedBeforeOpened(request.OrderId, clock.GetUtcNow());
            payments.Add(tombstone);
            await events.PublishAsync(PaymentEvents.OfLatestChange(tombstone)!, cancellationToken);
            return Unit.Value;
        }

        if (!payment.MayHoldMoney)
        {
            return Unit.Value; // declined or voided already: nothing is held
        }

        if (!payment.NeedsNoProvider && payment.ProviderReference is { } reference)
        {
            await gateway.VoidAsync(reference, payment.IdempotencyKeyFor("void"), cancellationToken);
        }

        payment.Void(clock.GetUtcNow());
        payments.Update(payment);
        await events.PublishAsync(PaymentEvents.OfLatestChange(payment)!, cancellationToken);
        return Unit.Value;
    }
}
