using Commerce.Notifications.Domain.Notifications;

namespace Commerce.Notifications.Application.ListNotifications;

public sealed record NotificationDto(
    Guid Id, string Recipient, string Kind, Guid? OrderId, string Subject, string Status, int Attempts, string? LastError,
    DateTimeOffset UpdatedAt, DateTimeOffset? SentAt)
{
    public static NotificationDto From(Notification n) => new(
        n.Id, n.Recipient, n.Kind.ToString(), n.OrderId, n.Subject, n.Status.ToString(), n.Attempts, n.LastError, n.UpdatedAt, n.SentAt);
}
