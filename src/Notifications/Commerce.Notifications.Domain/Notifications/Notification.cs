namespace Commerce.Notifications.Domain.Notifications;

/// <summary>One email the shop sent: to whom, why, about which order, and when.</summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Guid Id { get; private set; }

    public string Recipient { get; private set; } = string.Empty;

    public NotificationKind Kind { get; private set; }

    public Guid? OrderId { get; private set; }

    public string Subject { get; private set; } = string.Empty;

    public DateTimeOffset SentAt { get; private set; }

    public static Notification Sent(Guid id, string recipient, NotificationKind kind, Guid? orderId, string subject, DateTimeOffset sentAt) =>
        new() { Id = id, Recipient = recipient, Kind = kind, OrderId = orderId, Subject = subject, SentAt = sentAt };
}
