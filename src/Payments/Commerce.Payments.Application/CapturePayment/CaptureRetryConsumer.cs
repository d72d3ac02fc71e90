using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Payments.Application.CapturePayment;

public sealed class CaptureRetryConsumer(IMediator mediator) : IScheduledMessageConsumer<CaptureRetryDue>
{
    public Task ConsumeAsync(CaptureRetryDue message, CancellationToken cancellationToken) =>
        mediator.Send(new CapturePayment(message.OrderId), cancellationToken);
}
