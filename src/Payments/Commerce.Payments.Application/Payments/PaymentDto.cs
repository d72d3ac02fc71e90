using Commerce.Payments.Domain.Payments;

namespace Commerce.Payments.Application.Payments;

/// <summary>A payment as operators read it, with its audit trail.</summary>
public sealed record PaymentRecordDto(
    Guid OrderId,
    string Status,
    decimal Amount,
    string Currency,
    decimal AmountAuthorized,
    decimal AmountCaptured,
    decimal AmountRefunded,
    string? ProviderReference,
    string? CardBrand,
    string? CardLast4,
    string? ReceiptUrl,
    int CaptureAttempts,
    int Version,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<PaymentChangeDto> Changes)
{
    public static PaymentRecordDto From(Payment payment) => new(
        payment.Id, payment.Status.ToString(), payment.Amount, payment.Currency, payment.AmountAuthorized, payment.AmountCaptured,
        payment.AmountRefunded, payment.ProviderReference, payment.CardBrand, payment.CardLast4, payment.ReceiptUrl, payment.CaptureAttempts, payment.Version,
        payment.UpdatedAt, [.. payment.Changes.Select(c => new PaymentChangeDto(c.Version, c.Type, c.Status.ToString(), c.Amount, c.ProviderReference, c.Code, c.At))]);
}

public sealed record PaymentChangeDto(int Version, string Type, string Status, decimal? Amount, string? ProviderReference, string? Code, DateTimeOffset At);
