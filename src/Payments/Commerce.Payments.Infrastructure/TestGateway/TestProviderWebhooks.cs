using System.Text.Json;
using Commerce.BuildingBlocks.Domain;
using Commerce.Payments.Application.Ports;

namespace Commerce.Payments.Infrastructure.TestGateway;

/// <summary>
/// The test provider's webhook, as Stripe's tells what happened at Stripe: how a 3-D Secure challenge it asked for ended
/// (<c>{"id": "evt_…", "paymentIntent": "pi_test_…", "challenge": "passed" | "failed"}</c>), or a dispute the buyer's
/// bank opened or closed (<c>{"id", "paymentIntent", "dispute": "opened" | "won" | "lost", "amount": 12.50, "reason":
/// "fraudulent"}</c>). The test provider signs nothing: in a shop on it, nothing is real money.
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

        return ended switch
        {
            { Id.Length: > 0, PaymentIntent.Length: > 0, Challenge: "passed" } =>
                new ProviderEvent(ended.Id, ended.PaymentIntent, ProviderOutcome.Authorized, "visa", "3184"),
            { Id.Length: > 0, PaymentIntent.Length: > 0, Challenge: "failed" } =>
                new ProviderEvent(ended.Id, ended.PaymentIntent, ProviderOutcome.Declined, DeclineCode: AuthenticationFailed),
            { Id.Length: > 0, PaymentIntent.Length: > 0, Dispute: "opened" } =>
                new ProviderEvent(ended.Id, ended.PaymentIntent, ProviderOutcome.DisputeOpened, Reason: ended.Reason ?? "general", Amount: ended.Amount, ItemReference: DisputeOf(ended.PaymentIntent)),
            { Id.Length: > 0, PaymentIntent.Length: > 0, Dispute: "won" or "lost" } =>
                new ProviderEvent(ended.Id, ended.PaymentIntent, ProviderOutcome.DisputeClosed, Reason: ended.Dispute, Amount: ended.Amount, ItemReference: DisputeOf(ended.PaymentIntent)),
            _ => throw new DomainException("invalid_webhook",
                "The test provider's webhook names an event id, a paymentIntent, and a challenge that was passed or failed or a dispute opened, won or lost."),
        };
    }

    private static string DisputeOf(string paymentIntent) => $"dp_{paymentIntent}";

    private sealed record ChallengeEnded(string? Id, string? PaymentIntent, string? Challenge, string? Dispute = null, decimal? Amount = null, string? Reason = null);
}
