using Commerce.BuildingBlocks.Domain;
using Commerce.Payments.Application.Payments;
using Commerce.Payments.Application.Ports;
using MediatR;

namespace Commerce.Payments.Application.GetPayment;

internal sealed class GetPaymentHandler(IPaymentRepository payments) : IRequestHandler<GetPayment, PaymentRecordDto>
{
    public async Task<PaymentRecordDto> Handle(GetPayment request, CancellationToken cancellationToken) =>
        PaymentRecordDto.From(await payments.FindAsync(request.OrderId, cancellationToken) ?? throw new NotFoundException("Payment", request.OrderId));
}
