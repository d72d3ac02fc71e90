using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Payments.Application.RenewAuthorization;

public sealed class AuthorizationRenewalConsumer(IMediator mediator) : IScheduledMessageConsumer<AuthorizationRenewalDue>
{
    public Task ConsumeAsync(AuthorizationRenewalDue message, CancellationToken cancellationToken) =>
        mediator.Send(new RenewAuthorization(message.OrderId, message.ExpiresAt), cancellationToken);
}
