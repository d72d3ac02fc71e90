namespace Commerce.Notifications.Application;

public sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    /// <summary>Who is told about low stock and payments that lapse.</summary>
    public string OperatorEmail { get; init; } = "operator@commerce.local";
}
