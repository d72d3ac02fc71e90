namespace Commerce.Payments.Application;

public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>How long after a failed capture it is tried again.</summary>
    public TimeSpan CaptureRetryDelay { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Captures tried in all before the payment stays Failed for an operator.</summary>
    public int MaxCaptureAttempts { get; init; } = 5;

    /// <summary>How long the provider holds an authorization before it lets it go (Stripe: about 7 days for cards).</summary>
    public TimeSpan AuthorizationLifetime { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How long before the authorization lapses it is renewed (or, where the provider cannot, operators are told).</summary>
    public TimeSpan AuthorizationRenewalLead { get; init; } = TimeSpan.FromDays(1);
}
