namespace Commerce.Payments.Domain.Payments;

public enum PaymentStatus
{
    /// <summary>Sent to the provider, no decision yet.</summary>
    Pending,
    Authorized,
    Captured,
    PartiallyRefunded,
    Refunded,
    Declined,
    Voided,

    /// <summary>The capture failed: the order shipped, the money is not taken yet. Retried; operators see it.</summary>
    Failed,

    /// <summary>The authorization lapsed (or the provider cancelled it) before the capture: nothing can be taken.</summary>
    Expired,
}
