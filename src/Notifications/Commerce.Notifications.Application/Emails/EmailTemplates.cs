using System.Globalization;
using Commerce.BuildingBlocks.Domain;
using Commerce.Inventory.Contracts;
using Commerce.Notifications.Domain.Notifications;
using Commerce.Ordering.Contracts;
using Commerce.Payments.Contracts;
using Commerce.Users.Contracts;

namespace Commerce.Notifications.Application.Emails;

/// <summary>
/// The text of each email, one template per event. Every text someone typed (a name, a reason, a tracking number)
/// enters as one line of at most <see cref="MaxFreeTextLength"/> characters: the input rules already say so, but
/// events stored or in flight before a rule was tightened still arrive, and a line break in a subject would make the
/// message impossible to send.
/// </summary>
internal static class EmailTemplates
{
    public const int MaxFreeTextLength = 500;

    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static (NotificationKind Kind, Guid? OrderId, string Subject, string Body) For(object integrationEvent) => integrationEvent switch
    {
        OrderPlaced e => (NotificationKind.OrderPlaced, e.OrderId, $"We received your order {Short(e.OrderId)}",
            $"Hello {Typed(e.BuyerName)},\n\nThank you for your order {e.OrderId}, placed {e.PlacedAt:u}:\n\n"
            + string.Join("\n", e.Lines.Select(l => string.Create(Culture, $"  {l.Quantity} x {Typed(l.ProductName)} at {l.UnitPrice:0.00} {e.Currency}")))
            + string.Create(Culture, $"\n\nTotal: {e.Total:0.00} {e.Currency}\n\nWe are checking our stock and will confirm shortly.\n")),
        OrderConfirmed e => (NotificationKind.OrderConfirmed, e.OrderId, $"Your order {Short(e.OrderId)} is confirmed",
            $"Good news: every item of order {e.OrderId} is reserved for you. We will tell you when it ships.\n"
            + (e.ReceiptUrl is { } receipt ? $"\nYour payment's receipt: {receipt}\n" : string.Empty)),
        OrderCancelled { ReasonCode: "payment_declined" } e => (NotificationKind.PaymentDeclined, e.OrderId, $"Your payment for order {Short(e.OrderId)} was declined",
            $"We are sorry: your payment method was declined, so order {e.OrderId} was cancelled and nothing was charged.\n\n{Typed(e.Reason)}\n\nYour basket is empty now; you are welcome to order again with another payment method.\n"),
        OrderCancelled e => (NotificationKind.OrderCancelled, e.OrderId, $"Your order {Short(e.OrderId)} was cancelled",
            $"We are sorry: order {e.OrderId} was cancelled.\n\nReason: {Typed(e.Reason)}\n\nYou have not been charged.\n"),
        OrderShipped e => (NotificationKind.OrderShipped, e.OrderId, $"Your order {Short(e.OrderId)} has shipped",
            $"Order {e.OrderId} is on its way. Tracking number: {Typed(e.TrackingNumber)}\n"),
        OrderDelivered e => (NotificationKind.OrderDelivered, e.OrderId, $"Your order {Short(e.OrderId)} was delivered",
            $"Order {e.OrderId} was delivered on {e.DeliveredAt:u}. Enjoy!\n"),
        RefundIssued e => (NotificationKind.RefundIssued, e.OrderId, $"A refund for your order {Short(e.OrderId)}",
            string.Create(Culture, $"We refunded {e.Amount:0.00} {e.Standing.Currency} for order {e.OrderId}.\n\nReason: {Typed(e.Reason)}\n\nIt reaches your account within a few days, depending on your bank.\n")),
        LowStock e => (NotificationKind.LowStock, null, $"Low stock: {Typed(e.ProductName ?? e.ProductId.ToString())}",
            $"Product {Typed(e.ProductName)} ({e.ProductId}) has {e.Available} available, under its threshold of {e.Threshold}.\n"),
        PaymentAuthorizationExpiring e => (NotificationKind.AuthorizationExpiring, e.OrderId, $"Ship order {Short(e.OrderId)} before {e.ExpiresAt:u} or its payment lapses",
            string.Create(Culture, $"The payment provider will not renew the authorization of order {e.OrderId} ({e.Standing.AmountAuthorized:0.00} {e.Standing.Currency}; {Typed(e.Reason)}).\n\nIt lapses at {e.ExpiresAt:u}: ship the order before, or it cannot be captured and the order will be held, then cancelled.\n")),
        OrderPaymentExpired e => (NotificationKind.PaymentExpired, e.OrderId, $"Order {Short(e.OrderId)} cannot ship: its payment lapsed",
            string.Create(Culture, $"The payment authorization of order {e.OrderId} ({e.Total:0.00} {e.Currency}) lapsed at {e.ExpiredAt:u} before the order shipped.\n\nThe order will not ship; its stock stays reserved until {e.CancelAt:u}, when it is cancelled unless you cancel it before. Contact the buyer ({e.BuyerEmail}) if they want to order again.\n")),
        PaymentDisputeOpened e => (NotificationKind.DisputeOpened, e.OrderId, $"Order {Short(e.OrderId)}: the payment is disputed",
            string.Create(Culture, $"The buyer's bank disputes {e.Amount:0.###} {e.Standing.Currency} of the payment for order {e.OrderId} ({Typed(e.Reason)}).\n\nAnswer the dispute with your evidence at the payment provider before its deadline.\n")),
        PaymentDisputeClosed e => (NotificationKind.DisputeClosed, e.OrderId, $"Order {Short(e.OrderId)}: the dispute is closed ({Typed(e.Outcome)})",
            string.Create(Culture, $"The dispute over {e.Amount:0.###} {e.Standing.Currency} of the payment for order {e.OrderId} is closed: {Typed(e.Outcome)}.\n")),
        // The code is in the body only: the notification record keeps the subject, and codes never reach a record or a log.
        // A code goes to an address that has not proved itself (anyone may type anyone's): no text the caller chose, no name.
        EmailVerificationRequested e => (NotificationKind.EmailVerification, null, "Verify your email address",
            $"Hello,\n\nYour verification code is {e.Code}. It works until {e.ExpiresAt:u}.\n\nIf you did not sign up, ignore this email: nothing happens without the code.\n"),
        SignUpRepeated e => (NotificationKind.SignUpRepeated, null, "Someone tried to sign up with your address",
            $"Hello {Typed(e.Name)},\n\nAt {e.At:u} someone tried to sign up with this address, which already has an account. Nothing changed.\n\nIf it was you, sign in, or ask for a password reset if you forgot it.\n"),
        PasswordResetRequested e => (NotificationKind.PasswordResetCode, null, "Your password reset code",
            $"Hello,\n\nYour password reset code is {e.Code}. It works until {e.ExpiresAt:u}.\n\nIf you did not ask for it, ignore this email: your password stays as it is.\n"),
        PasswordReset e => (NotificationKind.PasswordReset, null, "Your password was changed",
            $"Hello {Typed(e.Name)},\n\nYour password was reset at {e.At:u}, and every device signed in before was signed out.\n\nIf this was not you, reset it again at once and contact us.\n"),
        _ => throw new ArgumentException($"No email for {integrationEvent.GetType().Name}.", nameof(integrationEvent)),
    };

    private static string Typed(string? text) => PlainText.ToOneLine(text, MaxFreeTextLength);

    private static string Short(Guid orderId) => orderId.ToString("N")[..8].ToUpperInvariant();
}
