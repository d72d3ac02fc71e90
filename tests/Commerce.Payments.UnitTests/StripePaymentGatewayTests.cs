using System.Net;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Domain;
using Commerce.Payments.Application.Ports;
using Commerce.Payments.Infrastructure.Stripe;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Commerce.Payments.UnitTests;

/// <summary>
/// The Stripe adapter, Stripe.net and all, against a local stub that answers in Stripe's wire format: nothing leaves
/// the machine, and every request the adapter makes is seen.
/// </summary>
public sealed class StripePaymentGatewayTests : IDisposable
{
    private readonly WireMockServer stripe = WireMockServer.Start();
    private readonly AuthorizationRequest request = new(Guid.NewGuid(), 30m, "USD", "pm_card_visa", "payment-abc-authorize");

    private StripePaymentGateway Gateway(TimeSpan? timeout = null, int retries = 2) => new(new global::Stripe.StripeClient(
        "sk_test_stub",
        httpClient: new global::Stripe.SystemNetHttpClient(new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(10) }, retries),
        apiBase: stripe.Url));

    public void Dispose() => stripe.Stop();

    private static string Intent(string status, string id = "pi_123") => """
        {"id":"ID","object":"payment_intent","amount":3000,"currency":"usd","status":"STATUS","capture_method":"manual",
         "latest_charge":{"id":"ch_1","object":"charge","receipt_url":"https://pay.stripe.com/receipts/ch_1","payment_method_details":{"type":"card","card":{"brand":"visa","last4":"4242"}}}}
        """.Replace("ID", id, StringComparison.Ordinal).Replace("STATUS", status, StringComparison.Ordinal);

    private static string CardError(string code, string? declineCode) => """
        {"error":{"type":"card_error","code":"CODE","decline_code":DECLINE,"message":"Your card was declined.",
         "payment_intent":{"id":"pi_declined","object":"payment_intent","status":"requires_payment_method"}}}
        """.Replace("CODE", code, StringComparison.Ordinal).Replace("DECLINE", declineCode is null ? "null" : $"\"{declineCode}\"", StringComparison.Ordinal);

    private void Answer(string path, int status, string body, string? scenario = null, string? whenState = null, string? thenState = null)
    {
        var given = stripe.Given(Request.Create().WithPath(path).UsingPost());
        if (scenario is not null)
        {
            given = given.InScenario(scenario);
            if (whenState is not null)
            {
                given = given.WhenStateIs(whenState);
            }

            if (thenState is not null)
            {
                given = given.WillSetStateTo(thenState);
            }
        }

        given.RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
    }

    private IEnumerable<WireMock.Logging.ILogEntry> Requests(string path) => stripe.LogEntries.Where(e => e.RequestMessage.Path == path);

    [Fact]
    public async Task Authorizing_creates_a_manual_capture_intent_with_the_steps_idempotency_key()
    {
        Answer("/v1/payment_intents", 200, Intent("requires_capture"));

        var answer = await Gateway().AuthorizeAsync(request, CancellationToken.None);

        answer.Should().Be(new GatewayAuthorization(GatewayDecision.Authorized, "pi_123", "visa", "4242", ReceiptUrl: "https://pay.stripe.com/receipts/ch_1"));
        var sent = Requests("/v1/payment_intents").Should().ContainSingle().Subject.RequestMessage;
        sent.Headers!["Idempotency-Key"].Should().Equal("payment-abc-authorize");
        sent.Headers["Authorization"].Single().Should().Be("Bearer sk_test_stub");
        var form = WebUtility.UrlDecode(sent.Body);
        form.Should().Contain("amount=3000").And.Contain("currency=usd").And.Contain("capture_method=manual")
            .And.Contain("confirm=true").And.Contain("payment_method=pm_card_visa").And.Contain($"metadata[order_id]={request.OrderId}");
    }

    [Fact]
    public async Task An_intent_that_requires_action_asks_the_buyer_for_the_challenge_with_its_client_secret()
    {
        Answer("/v1/payment_intents", 200, Intent("requires_action").Replace("\"capture_method\":\"manual\"", "\"capture_method\":\"manual\",\"client_secret\":\"pi_123_secret_abc\"", StringComparison.Ordinal));

        var answer = await Gateway().AuthorizeAsync(request, CancellationToken.None);

        answer.Should().Be(new GatewayAuthorization(GatewayDecision.ActionRequired, "pi_123", ClientSecret: "pi_123_secret_abc"));
    }

    [Theory]
    [InlineData(null, "card_declined")]
    [InlineData("insufficient_funds", "insufficient_funds")]
    public async Task A_402_card_error_is_a_decline_with_stripes_code(string? declineCode, string expected)
    {
        Answer("/v1/payment_intents", 402, CardError("card_declined", declineCode));

        var answer = await Gateway().AuthorizeAsync(request, CancellationToken.None);

        answer.Should().BeEquivalentTo(new { Decision = GatewayDecision.Declined, ProviderReference = "pi_declined", DeclineCode = expected });
        Requests("/v1/payment_intents").Should().ContainSingle("a decline is an answer, never retried");
    }

    [Fact]
    public async Task An_intent_still_processing_is_pending_until_a_webhook_decides()
    {
        Answer("/v1/payment_intents", 200, Intent("processing"));

        (await Gateway().AuthorizeAsync(request, CancellationToken.None)).Decision.Should().Be(GatewayDecision.Pending);
    }

    [Fact]
    public async Task A_500_then_success_is_one_charge_the_retry_carries_the_same_key()
    {
        Answer("/v1/payment_intents", 500, """{"error":{"type":"api_error","message":"An unknown error occurred"}}""", "flaky", null, "failed once");
        Answer("/v1/payment_intents", 200, Intent("requires_capture"), "flaky", "failed once");

        var answer = await Gateway().AuthorizeAsync(request, CancellationToken.None);

        answer.Decision.Should().Be(GatewayDecision.Authorized);
        Requests("/v1/payment_intents").Select(e => e.RequestMessage.Headers!["Idempotency-Key"].Single())
            .Should().Equal("payment-abc-authorize", "payment-abc-authorize");
    }

    [Fact]
    public async Task Stripe_away_is_a_dependency_that_is_away_so_the_step_is_retried_later()
    {
        Answer("/v1/payment_intents", 503, """{"error":{"type":"api_error","message":"down"}}""");

        var act = () => Gateway(retries: 0).AuthorizeAsync(request, CancellationToken.None);

        await act.Should().ThrowAsync<DependencyUnavailableException>();
    }

    [Fact]
    public async Task A_request_that_outlives_the_timeout_is_a_dependency_that_is_away()
    {
        stripe.Given(Request.Create().WithPath("/v1/payment_intents").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Intent("requires_capture")).WithDelay(TimeSpan.FromSeconds(3)));

        var act = () => Gateway(timeout: TimeSpan.FromMilliseconds(500), retries: 0).AuthorizeAsync(request, CancellationToken.None);

        await act.Should().ThrowAsync<DependencyUnavailableException>();
    }

    [Fact]
    public async Task Capture_cancel_and_refund_each_call_stripe_with_their_own_key()
    {
        Answer("/v1/payment_intents/pi_123/capture", 200, Intent("succeeded"));
        Answer("/v1/payment_intents/pi_123/cancel", 200, Intent("canceled"));
        Answer("/v1/refunds", 200, """{"id":"re_9","object":"refund","amount":1000,"currency":"usd","status":"succeeded","payment_intent":"pi_123"}""");
        var gateway = Gateway();

        (await gateway.CaptureAsync("pi_123", 30m, "USD", "k-capture-1", CancellationToken.None)).Succeeded.Should().BeTrue();
        await gateway.VoidAsync("pi_123", "k-void", CancellationToken.None);
        (await gateway.RefundAsync("pi_123", 10m, "USD", "k-refund-1", CancellationToken.None)).Should().Be("re_9");

        WebUtility.UrlDecode(Requests("/v1/payment_intents/pi_123/capture").Single().RequestMessage.Body).Should().Contain("amount_to_capture=3000");
        WebUtility.UrlDecode(Requests("/v1/refunds").Single().RequestMessage.Body).Should().Contain("payment_intent=pi_123").And.Contain("amount=1000");
        stripe.LogEntries.Select(e => e.RequestMessage.Headers!["Idempotency-Key"].Single()).Should().Equal("k-capture-1", "k-void", "k-refund-1");
    }

    [Fact]
    public async Task A_refused_capture_is_a_failed_capture_not_an_exception()
    {
        Answer("/v1/payment_intents/pi_123/capture", 400, """{"error":{"type":"invalid_request_error","code":"charge_expired_for_capture","message":"expired"}}""");

        (await Gateway().CaptureAsync("pi_123", 30m, "USD", "k", CancellationToken.None)).Should().Be(new GatewayCapture(false, "charge_expired_for_capture"));
    }

    [Fact]
    public async Task Cancelling_an_intent_stripe_cancelled_already_is_done_and_one_it_cannot_cancel_is_a_refusal()
    {
        Answer("/v1/payment_intents/pi_gone/cancel", 400, """{"error":{"type":"invalid_request_error","code":"payment_intent_unexpected_state","message":"already canceled"}}""");
        Answer("/v1/payment_intents/pi_unknown/cancel", 404, """{"error":{"type":"invalid_request_error","code":"resource_missing","message":"No such payment_intent"}}""");

        await Gateway().VoidAsync("pi_gone", "k1", CancellationToken.None);
        var unknown = () => Gateway().VoidAsync("pi_unknown", "k2", CancellationToken.None);

        (await unknown.Should().ThrowAsync<DomainException>()).Which.Code.Should().Be("void_refused");
    }

    [Fact]
    public async Task A_refused_refund_is_a_clear_domain_refusal()
    {
        Answer("/v1/refunds", 400, """{"error":{"type":"invalid_request_error","code":"charge_already_refunded","message":"refunded"}}""");

        var act = () => Gateway().RefundAsync("pi_123", 10m, "USD", "k", CancellationToken.None);

        (await act.Should().ThrowAsync<DomainException>()).Which.Code.Should().Be("refund_refused");
    }

    [Theory]
    [InlineData(12.34, "USD", 1234)]
    [InlineData(1500, "JPY", 1500)]
    [InlineData(1.5, "KWD", 1500)]
    public void Amounts_go_to_stripe_in_the_currencys_smallest_unit(decimal amount, string currency, long minor) =>
        StripeAmounts.ToMinorUnits(amount, currency).Should().Be(minor);

    [Theory]
    [InlineData("pm_card_visa", true)]
    [InlineData("pm_1PzXyZ2eZvKYlo2C", true)]
    [InlineData("4111111111111111", false)]
    [InlineData("pm_", false)]
    [InlineData("pm_card visa", false)]
    public void Only_stripe_payment_method_tokens_are_accepted(string token, bool accepted) =>
        Gateway().Accepts(token).Should().Be(accepted);
}
