using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Payments.Application.Payments;
using Commerce.Payments.Application.Ports;
using MediatR;

namespace Commerce.Payments.Application.RefundPayment;

internal sealed class RefundPaymentHandler(IPaymentRepository payments, IPaymentGateway gateway, IIntegrationEvents events, TimeProvider clock)
    : IRequestHandler<RefundPayment, PaymentRecordDto>
{
    public async Task<PaymentRecordDto> Handle(RefundPayment request, CancellationToken cancellationToken)
    {
        var payment = await payments.LockAsync(request.OrderId, cancellationToken) ?? throw new NotFoundException("Payment", request.OrderId);
        var amount = request.Amount!.Value;
        payment.CheckRefund(amount, request.Reason);
        var reference = payment.NeedsNoProvider
            ? $"offline-refund-{payment.RefundCount + 1}"
            : await gateway.RefundAsync(payment.ProviderReference!, amount, payment.Currency, payment.RefundKeyFor(request.IdempotencyKey), cancellationToken);
        payment.Refund(amount, request.Reason!, reference, clock.GetUtcNow());
        payments.Update(payment);
        await events.PublishAsync(PaymentEvents.OfLatestChange(payment)!, cancellationToken);
        return PaymentRecordDto.From(payment);
    }
}
