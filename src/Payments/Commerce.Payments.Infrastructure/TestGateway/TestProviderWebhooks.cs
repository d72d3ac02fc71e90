using System.Text.Json;
using Commerce.BuildingBlocks.Domain;
using Commerce.Payments.Application.Ports;

namespace Commerce.Payments.Infrastructure.TestGateway;

/// <summary>
/// The test provider's one webhook: how a 3-D Secure challenge it asked for ended, as Stripe's tells after Stripe.js
/// completed one. Its body: <c>{"id": "evt_…", "paymentIntent": "pi_test_…", "challenge": "passed" | "failed"}</c>. The
/// test provider signs nothing: in a shop on it, nothing is real money.
/// </summary>
internal sealed class TestProviderWebhooks : IProviderWebhooks
{
    public const string AuthenticationFailed = "payment_intent_authentication_failure";

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public string Provider => "test";

    public ProviderEvent? Read(string payload, string? signature)
    {
        ChallengeEnded? ended;
        try
        {
            ended = JsonSerializer.Deserialize<ChallengeEnded>(payload, Web);
        }
        catch (JsonException)
        {
            ended = null;
        }

        if (ended is not { Id.Length: > 0, PaymentIntent.Length: > 0, Challenge: "passed" or "failed" })
        {
            throw new DomainException("invalid_webhook", "The test provider's webhook names an event id, a paymentIntent and a challenge that was passed or failed.");
        }

        return ended.Challenge == "passed"
            ? new ProviderEvent(ended.Id, ended.PaymentIntent, ProviderOutcome.Authorized, "visa", "3184")
            : new ProviderEvent(ended.Id, ended.PaymentIntent, ProviderOutcome.Declined, DeclineCode: AuthenticationFailed);
    }

    private sealed record ChallengeEnded(string? Id, string? PaymentIntent, string? Challenge);
}
