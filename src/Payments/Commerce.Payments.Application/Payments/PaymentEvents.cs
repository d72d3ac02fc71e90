using Commerce.Payments.Contracts;
using Commerce.Payments.Domain.Payments;

namespace Commerce.Payments.Application.Payments;

/// <summary>What other contexts are told about a payment's latest change, with the payment's standing after it.</summary>
internal static class PaymentEvents
{
    /// <returns>Null for a change that stays inside Payments (opened, sent to the provider, re-authorized).</returns>
    public static object? OfLatestChange(Payment payment)
    {
        var change = payment.Changes[^1];
        var standing = new PaymentStanding(payment.Version, payment.Status.ToString(), payment.AmountAuthorized, payment.AmountCaptured, payment.AmountRefunded, payment.Currency);
        return change.Type switch
        {
            "Authorized" => new PaymentAuthorized(payment.Id, standing, payment.CardBrand, payment.CardLast4, change.At, payment.ReceiptUrl),
            "ActionRequired" => new PaymentActionRequired(payment.Id, standing, payment.ClientSecret!, change.At),
            "Declined" => new PaymentDeclined(payment.Id, standing, change.Code ?? "declined", change.At),
            "Voided" => new PaymentVoided(payment.Id, standing, change.At),
            "Captured" => new PaymentCaptured(payment.Id, standing, change.At),
            "CaptureFailed" => new PaymentCaptureFailed(payment.Id, standing, change.Code ?? "capture_failed", change.At),
            "RenewalRefused" => new PaymentAuthorizationExpiring(payment.Id, standing, payment.AuthorizationExpiresAt ?? change.At, change.Code ?? "renewal_refused", change.At),
            "AuthorizationExpired" => new PaymentAuthorizationExpired(payment.Id, standing, change.Code ?? Payment.AuthorizationExpiredCode, change.At),
            "DisputeOpened" => new PaymentDisputeOpened(payment.Id, standing, change.Amount ?? 0, change.Code ?? "unknown", change.At),
            "DisputeClosed" => new PaymentDisputeClosed(payment.Id, standing, change.Amount ?? 0, change.Code ?? "unknown", change.At),
            "Refunded" => new RefundIssued(payment.Id, standing, change.Amount ?? 0, change.Code ?? string.Empty, payment.BuyerEmail, change.At),
            _ => null,
        };
    }
}
