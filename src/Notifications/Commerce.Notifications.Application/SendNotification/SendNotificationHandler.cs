using Commerce.Notifications.Application.Emails;
using Commerce.Notifications.Application.Ports;
using Commerce.Notifications.Domain.Notifications;
using MediatR;

namespace Commerce.Notifications.Application.SendNotification;

internal sealed class SendNotificationHandler(IEmailSender sender, INotificationStore notifications, TimeProvider clock)
    : IRequestHandler<SendNotification, Unit>
{
    public async Task<Unit> Handle(SendNotification request, CancellationToken cancellationToken)
    {
        var (kind, orderId, subject, body) = EmailTemplates.For(request.IntegrationEvent);
        var id = Guid.CreateVersion7();
        await sender.SendAsync(new Email(id, request.Recipient, subject, body), cancellationToken);
        notifications.Add(Notification.Sent(id, request.Recipient, kind, orderId, subject, clock.GetUtcNow()));
        return Unit.Value;
    }
}
