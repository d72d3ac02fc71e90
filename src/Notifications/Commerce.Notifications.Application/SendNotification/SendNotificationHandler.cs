using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
        var id = IdOf(request);
        var notification = await notifications.FindAsync(id, cancellationToken) ?? Notification.For(id, request.Recipient, kind, orderId, subject);
        if (notification.Status == NotificationStatus.Sent)
        {
            return Unit.Value; // this event's email already went out
        }

        try
        {
            await sender.SendAsync(new Email(id, request.Recipient, subject, body), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            notification.Failed(exception.Message, clock.GetUtcNow());
            await notifications.SaveNowAsync(notification, cancellationToken);
            throw;
        }

        notification.Sent(clock.GetUtcNow());
        notifications.Save(notification);
        return Unit.Value;
    }

    /// <summary>The same event for the same recipient always gets the same id, whatever delivered it.</summary>
    private static Guid IdOf(SendNotification request)
    {
        var identity = $"{request.IntegrationEvent.GetType().Name}|{request.Recipient}|{JsonSerializer.Serialize(request.IntegrationEvent, request.IntegrationEvent.GetType())}";
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 16));
    }
}
