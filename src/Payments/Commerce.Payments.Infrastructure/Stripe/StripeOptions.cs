using Commerce.BuildingBlocks.Application;

namespace Commerce.Payments.Infrastructure.Stripe;

/// <summary>
/// Stripe's keys and endpoint. Both secrets are required (the host refuses to start without them); neither is ever
/// logged or printed.
/// </summary>
public sealed class StripeOptions
{
    public const string Section = "Payments:Stripe";

    /// <summary>The secret API key (<c>sk_live_…</c> or <c>sk_test_…</c>).</summary>
    public string? SecretKey { get; init; }

    /// <summary>The webhook endpoint's signing secret (<c>whsec_…</c>).</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>Stripe's API address; empty is Stripe's own. Tests point it at a local stub.</summary>
    public string? ApiBase { get; init; }

    /// <summary>How long one request may take before the provider counts as away (the step is then retried).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a request that failed on the network or with a 5xx, each with the same idempotency key.</summary>
    public int MaxNetworkRetries { get; init; } = 2;

    /// <summary>How old a webhook's signature may be.</summary>
    public TimeSpan WebhookTolerance { get; init; } = TimeSpan.FromSeconds(300);

    public StripeOptions EnsureValid()
    {
        if (string.IsNullOrWhiteSpace(SecretKey) || string.IsNullOrWhiteSpace(WebhookSecret))
        {
            throw new SettingRefusedException($"{Section}:SecretKey and {Section}:WebhookSecret are required when Payments:Provider is Stripe.");
        }

        return Timeout > TimeSpan.Zero && MaxNetworkRetries >= 0
            ? this
            : throw new SettingRefusedException($"{Section}:Timeout must be positive and {Section}:MaxNetworkRetries zero or more.");
    }

    public override string ToString() => $"StripeOptions {{ ApiBase = {ApiBase}, Timeout = {Timeout} }}";
}
