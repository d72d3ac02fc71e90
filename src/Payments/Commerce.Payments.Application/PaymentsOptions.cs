namespace Commerce.Payments.Application;

public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>How long after a failed capture it is tried again.</summary>
    public TimeSpan CaptureRetryDelay { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Captures tried in all before the payment stays Failed for an operator.</summary>
    public int MaxCaptureAttempts { get; init; } = 5;
}
