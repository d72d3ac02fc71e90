using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Ordering.Application.PaymentGrace;

public sealed class PaymentGraceConsumer(IMediator mediator) : IScheduledMessageConsumer<PaymentGraceEnded>
{
    public Task ConsumeAsync(PaymentGraceEnded message, CancellationToken cancellationToken) =>
        mediator.Send(new EndPaymentGrace(message.OrderId), cancellationToken);
}
