namespace Commerce.Ordering.Domain.Orders;

/// <summary>Where the order's payment stands, as Payments last told: the order keeps the newest by <see cref="Version"/>.</summary>
public sealed record PaymentStanding(int Version, PaymentStatus Status, decimal AmountAuthorized, decimal AmountCaptured, decimal AmountRefunded)
{
    public static readonly PaymentStanding None = new(0, PaymentStatus.Pending, 0, 0, 0);
}

public enum PaymentStatus
{
    Pending,
    Authorized,
    Captured,
    PartiallyRefunded,
    Refunded,
    Declined,
    Voided,
    Failed,
    Expired,
}
