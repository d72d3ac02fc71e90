namespace Commerce.Notifications.Domain.Notifications;

public enum NotificationKind
{
    OrderPlaced,
    OrderConfirmed,
    OrderCancelled,
    OrderShipped,
    OrderDelivered,
    LowStock,
    PaymentDeclined,
    RefundIssued,
    EmailVerification,
    SignUpRepeated,
    PasswordResetCode,
    PasswordReset,
    AuthorizationExpiring,
    PaymentExpired,
    DisputeOpened,
    DisputeClosed,
}
