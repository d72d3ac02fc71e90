namespace Commerce.Notifications.Application.Emails;

/// <param name="MessageId">Stable per notification, so a mail system can drop a copy sent twice after a crash.</param>
public sealed record Email(Guid MessageId, string To, string Subject, string Body);
