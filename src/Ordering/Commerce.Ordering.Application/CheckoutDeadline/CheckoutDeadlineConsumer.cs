using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Ordering.Application.CheckoutDeadline;

public sealed class CheckoutDeadlineConsumer(IMediator mediator) : IScheduledMessageConsumer<CheckoutDeadlinePassed>
{
    public Task ConsumeAsync(CheckoutDeadlinePassed message, CancellationToken cancellationToken) =>
        mediator.Send(new TimeOutCheckout(message.OrderId, message.Waited), cancellationToken);
}
