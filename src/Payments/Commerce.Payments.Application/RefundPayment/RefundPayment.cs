using System.Globalization;
using Commerce.BuildingBlocks.Application.Idempotency;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Payments.Application.Payments;

namespace Commerce.Payments.Application.RefundPayment;

/// <summary>An operator gives money back after the capture; all refunds together never exceed what was captured.</summary>
/// <param name="IdempotencyKey">The client's key: a retry replays the first answer, and the provider sees one refund for it.</param>
public sealed record RefundPayment(Guid OrderId, decimal? Amount, string? Reason, string? IdempotencyKey = null) : ICommand<PaymentRecordDto>, IIdempotentCommand
{
    public string IdempotencyScope => OrderId.ToString();

    public string Fingerprint() => string.Create(CultureInfo.InvariantCulture, $"{Amount}|{Reason}");
}
