namespace Commerce.Notifications.Domain.Notifications;

/// <summary>
/// One email the shop sends for one event: to whom, why, about which order, and how it went. Its id comes from the
/// event, so every attempt for the same event updates the same record.
/// </summary>
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

    public NotificationStatus Status { get; private set; }

    /// <summary>How many times sending was tried.</summary>
    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static Notification For(Guid id, string recipient, NotificationKind kind, Guid? orderId, string subject) =>
        new() { Id = id, Recipient = recipient, Kind = kind, OrderId = orderId, Subject = subject, Status = NotificationStatus.Pending };

    public void Sent(DateTimeOffset now)
    {
        Attempts++;
        Status = NotificationStatus.Sent;
        LastError = null;
        SentAt = now;
        UpdatedAt = now;
    }

    public void Failed(string error, DateTimeOffset now)
    {
        Attempts++;
        Status = NotificationStatus.Failed;
        LastError = error.Length <= 500 ? error : error[..500];
        UpdatedAt = now;
    }
}

public enum NotificationStatus
{
    Pending,
    Sent,
    Failed,
}
