using Commerce.Notifications.Domain.Notifications;

namespace Commerce.Notifications.Application.ListNotifications;

public sealed record NotificationDto(Guid Id, string Recipient, string Kind, Guid? OrderId, string Subject, DateTimeOffset SentAt)
{
    public static NotificationDto From(Notification notification) => new(
        notification.Id, notification.Recipient, notification.Kind.ToString(), notification.OrderId, notification.Subject, notification.SentAt);
}
