namespace Commerce.Payments.Domain.Payments;

/// <summary>
/// One line of a payment's audit trail: what changed, to which status, for how much, and the provider's reference
/// for it (an operator looks the step up at the provider by it).
/// </summary>
/// <param name="Code">The provider's decline code, the failure's reason or the refund's reason, when there is one.</param>
public sealed record PaymentChange(
    int Version, string Type, PaymentStatus Status, decimal? Amount, string? ProviderReference, string? Code, DateTimeOffset At);
