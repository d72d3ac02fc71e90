using Commerce.BuildingBlocks.Application.Errors;
using Commerce.Payments.Application.Ports;
using Commerce.Payments.Infrastructure.Stripe;

namespace Commerce.Payments.UnitTests;

public class StripeWebhooksTests
{
    private const string Secret = "whsec_test_secret";

    private readonly StripeWebhooks webhooks = new(new StripeOptions { SecretKey = "sk_test", WebhookSecret = Secret });

    private static string Payload(string type, string status = "requires_capture") => """
        {"id":"evt_1","object":"event","api_version":"2020-08-27","created":1700000000,"type":"TYPE",
         "data":{"object":{"id":"pi_123","object":"payment_intent","amount":3000,"currency":"usd","status":"STATUS",
           "last_payment_error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds"}}}}
        """.Replace("TYPE", type, StringComparison.Ordinal).Replace("STATUS", status, StringComparison.Ordinal);

    /// <summary>Signed by Stripe.net's own helper, as Stripe signs it.</summary>
    private static string Signed(string payload, long? at = null) => global::Stripe.EventUtility.GenerateSignatureHeader(payload, Secret, at);

    [Theory]
    [InlineData("payment_intent.amount_capturable_updated", ProviderOutcome.Authorized)]
    [InlineData("payment_intent.payment_failed", ProviderOutcome.Declined)]
    [InlineData("payment_intent.canceled", ProviderOutcome.Canceled)]
    public void A_signed_event_is_read_into_the_intents_outcome(string type, ProviderOutcome outcome)
    {
        var payload = Payload(type);

        webhooks.Read(payload, Signed(payload)).Should().BeEquivalentTo(new { Id = "evt_1", ProviderReference = "pi_123", Outcome = outcome });
    }

    [Fact]
    public void A_decline_carries_stripes_decline_code()
    {
        var payload = Payload("payment_intent.payment_failed", "requires_payment_method");

        webhooks.Read(payload, Signed(payload))!.DeclineCode.Should().Be("insufficient_funds");
    }

    [Fact]
    public void An_event_about_something_else_is_ignored()
    {
        var payload = Payload("payment_intent.created");

        webhooks.Read(payload, Signed(payload)).Should().BeNull();
    }

    [Fact]
    public void A_tampered_payload_an_old_signature_or_none_is_refused()
    {
        var payload = Payload("payment_intent.amount_capturable_updated");
        var signature = Signed(payload);
        var old = Signed(payload, DateTimeOffset.UtcNow.AddSeconds(-301).ToUnixTimeSeconds());

        foreach (var (body, header) in new[] { (payload.Replace("3000", "1", StringComparison.Ordinal), signature), (payload, old), (payload, (string?)null), (payload, "t=1,v1=abc") })
        {
            ((Action)(() => webhooks.Read(body, header))).Should().Throw<InvalidInputException>().Which.Code.Should().Be("invalid_webhook");
        }
    }
}
