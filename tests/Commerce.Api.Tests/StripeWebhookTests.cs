using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Domain.Orders;
using Microsoft.AspNetCore.Hosting;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Commerce.Api.Tests;

/// <summary>
/// Every context with the Stripe provider, Stripe played by a local stub: Stripe takes each authorization as
/// "processing", and its signed webhook decides it later.
/// </summary>
public sealed class StripeApiFactory : EventFlowApiFactory
{
    public const string WebhookSecret = "whsec_api_tests";

    public WireMockServer Stripe { get; } = WireMockServer.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Payments:Provider", "Stripe");
        builder.UseSetting("Payments:Stripe:SecretKey", "sk_test_api_tests");
        builder.UseSetting("Payments:Stripe:WebhookSecret", WebhookSecret);
        builder.UseSetting("Payments:Stripe:ApiBase", Stripe.Url);
    }

    public override async ValueTask DisposeAsync()
    {
        Stripe.Stop();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public class StripeWebhookTests(StripeApiFactory factory) : IClassFixture<StripeApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    /// <summary>Stripe answers the order's PaymentIntent as <paramref name="status"/> (processing unless told), under an id
    /// of the test's own, with <paramref name="fields"/> (more of the intent's JSON) when given.</summary>
    private async Task<(Guid OrderId, string IntentId)> CheckoutAsync(string status = "processing", string fields = "")
    {
        var intentId = $"pi_{Guid.NewGuid():N}";
        var shop = new Shop(factory.CreateClient());
        // A price of its own: the stub tells this order's intent from the others by its amount.
        var cents = Random.Shared.Next(100_000, 999_999);
        var product = await shop.ProductAsync(price: cents / 100m);
        (await client.PutAsJsonAsync($"/api/v1/inventory/{product.Id}", new { onHand = 5, lowStockThreshold = 0 })).EnsureSuccessStatusCode();
        (await shop.AddAsync(product.Id, 1)).EnsureSuccessStatusCode();
        factory.Stripe.Given(Request.Create().WithPath("/v1/payment_intents").UsingPost()
                .WithBody((string? body) => body is not null && body.Split('&').Contains($"amount={cents}")))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$$"""{"id":"{{{intentId}}}","object":"payment_intent","amount":2000,"currency":"usd","status":"{{{status}}}","capture_method":"manual" """ + fields + "}"));
        var response = await shop.CheckoutAsync(Shop.CheckoutBody(paymentMethodId: "pm_card_visa"));
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var orderId = (await response.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId;
        await Eventually.HoldsAsync(async () => (await client.GetAsync($"/api/v1/payments/{orderId}")).IsSuccessStatusCode, "the intent was created", 30);
        return (orderId, intentId);
    }

    private static string Event(string eventId, string type, string intentId) => """
        {"id":"EVENT","object":"event","api_version":"2020-08-27","created":1700000000,"type":"TYPE",
         "data":{"object":{"id":"INTENT","object":"payment_intent","amount":2000,"currency":"usd","status":"requires_capture"}}}
        """.Replace("EVENT", eventId, StringComparison.Ordinal).Replace("TYPE", type, StringComparison.Ordinal).Replace("INTENT", intentId, StringComparison.Ordinal);

    private static string ChargeRefunded(string intentId, long refundedCents) => """
        {"id":"EVENT","object":"event","api_version":"2020-08-27","created":1700000000,"type":"charge.refunded",
         "data":{"object":{"id":"ch_INTENT","object":"charge","amount":CENTS,"amount_refunded":CENTS,"currency":"usd",
           "payment_intent":"INTENT","refunds":{"object":"list","data":[{"id":"re_dash_CENTS","object":"refund","amount":CENTS}]}}}}
        """.Replace("EVENT", $"evt_{Guid.NewGuid():N}", StringComparison.Ordinal).Replace("INTENT", intentId, StringComparison.Ordinal)
        .Replace("CENTS", refundedCents.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Dispute(string type, string intentId, string status, long cents) => """
        {"id":"EVENT","object":"event","api_version":"2020-08-27","created":1700000000,"type":"TYPE",
         "data":{"object":{"id":"dp_INTENT","object":"dispute","amount":CENTS,"currency":"usd","charge":"ch_INTENT",
           "payment_intent":"INTENT","reason":"fraudulent","status":"STATUS"}}}
        """.Replace("EVENT", $"evt_{Guid.NewGuid():N}", StringComparison.Ordinal).Replace("TYPE", type, StringComparison.Ordinal)
        .Replace("INTENT", intentId, StringComparison.Ordinal).Replace("STATUS", status, StringComparison.Ordinal)
        .Replace("CENTS", cents.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>A checkout Stripe authorized (by its webhook) and the shop shipped, so Stripe holds captured money.</summary>
    private async Task<(Guid OrderId, string IntentId)> CapturedAsync()
    {
        var (orderId, intentId) = await CheckoutAsync();
        factory.Stripe.Given(Request.Create().WithPath($"/v1/payment_intents/{intentId}/capture").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$$"""{"id":"{{{intentId}}}","object":"payment_intent","status":"succeeded"}"""));
        (await SendAsync(Event($"evt_{Guid.NewGuid():N}", "payment_intent.amount_capturable_updated", intentId))).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).Status == OrderStatus.Confirmed, "confirmed by the webhook", 30);
        (await client.PostAsJsonAsync($"/api/v1/orders/{orderId}/ship", new { trackingNumber = "1Z-STRIPE" })).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).PaymentStatus == PaymentStatus.Captured, "captured at Stripe", 30);
        return (orderId, intentId);
    }

    private Task<HttpResponseMessage> SendAsync(string payload, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/webhooks/stripe") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", signature ?? global::Stripe.EventUtility.GenerateSignatureHeader(payload, StripeApiFactory.WebhookSecret, null));
        return factory.AnonymousClient().SendAsync(request);
    }

    private async Task<OrderDto> OrderAsync(Guid id) => (await client.GetFromJsonAsync<OrderDto>($"/api/v1/orders/{id}", Json.Options))!;

    [Fact]
    public async Task A_processing_payment_waits_for_the_webhook_which_confirms_the_order_once_however_often_it_comes()
    {
        var (orderId, intentId) = await CheckoutAsync();
        await Eventually.HoldsAsync(async () => (await client.GetFromJsonAsync<JsonElement>($"/api/v1/inventory/{(await OrderAsync(orderId)).Lines[0].ProductId}", Json.Options)).GetProperty("reserved").GetInt32() == 1, "stock reserved", 30);
        (await OrderAsync(orderId)).Should().BeEquivalentTo(new { Status = OrderStatus.Pending, PaymentStatus = PaymentStatus.Pending });
        var payload = Event($"evt_{Guid.NewGuid():N}", "payment_intent.amount_capturable_updated", intentId);

        (await SendAsync(payload)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).Status == OrderStatus.Confirmed, "confirmed by the webhook", 30);
        var confirmed = await OrderAsync(orderId);
        (await SendAsync(payload)).StatusCode.Should().Be(HttpStatusCode.NoContent, "Stripe sends an event again until it is answered 2xx");
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SendAsync(payload)));

        var history = (await client.GetFromJsonAsync<List<JsonElement>>($"/api/v1/orders/{orderId}/history", Json.Options))!;
        history.Count(e => e.GetProperty("type").GetString() == "PaymentAuthorized").Should().Be(1);
        (await OrderAsync(orderId)).Version.Should().Be(confirmed.Version);
        var creates = factory.Stripe.LogEntries.Where(e => e.RequestMessage.Path == "/v1/payment_intents" && e.RequestMessage.Body!.Contains(orderId.ToString(), StringComparison.Ordinal));
        creates.Should().ContainSingle("one intent per order").Which.RequestMessage.Headers!["Idempotency-Key"].Single().Should().Contain(orderId.ToString("N"));
    }

    [Fact]
    public async Task A_payment_stripe_asks_to_authenticate_hands_the_buyer_its_client_secret_and_waits_for_the_webhook()
    {
        var secret = $"pi_x_secret_{Guid.NewGuid():N}";
        var (orderId, intentId) = await CheckoutAsync("requires_action",
            ""","client_secret":"SECRET","next_action":{"type":"use_stripe_sdk"}""".Replace("SECRET", secret, StringComparison.Ordinal));

        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).Payment.NextAction?.ClientSecret == secret, "the order hands over the challenge", 30);
        (await OrderAsync(orderId)).Status.Should().Be(OrderStatus.Pending);

        (await SendAsync(Event($"evt_{Guid.NewGuid():N}", "payment_intent.amount_capturable_updated", intentId))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).Status == OrderStatus.Confirmed, "confirmed once Stripe authorized it", 30);
        (await OrderAsync(orderId)).Payment.NextAction.Should().BeNull();
    }

    [Fact]
    public async Task The_test_providers_webhook_is_refused_where_the_provider_is_stripe()
    {
        var response = await factory.AnonymousClient().PostAsJsonAsync("/api/v1/payments/webhooks/test", new { id = "evt_1", paymentIntent = "pi_1", challenge = "passed" });

        (await Problem.ReadAsync(response, HttpStatusCode.UnprocessableEntity)).Code.Should().Be("webhooks_not_configured");
    }

    [Fact]
    public async Task Stripes_receipt_is_kept_on_the_payment_shown_on_the_order_and_linked_in_the_confirmation_email()
    {
        var receipt = $"https://pay.stripe.com/receipts/acct_1/ch_{Guid.NewGuid():N}";
        var (orderId, _) = await CheckoutAsync("requires_capture",
            ""","latest_charge":{"id":"ch_1","object":"charge","receipt_url":"RECEIPT","payment_method_details":{"type":"card","card":{"brand":"visa","last4":"4242"}}}"""
                .Replace("RECEIPT", receipt, StringComparison.Ordinal));

        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).Status == OrderStatus.Confirmed, "confirmed on Stripe's answer", 30);

        (await OrderAsync(orderId)).Payment.ReceiptUrl.Should().Be(receipt);
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{orderId}")).GetProperty("receiptUrl").GetString().Should().Be(receipt);
        await Eventually.HoldsAsync(
            () => Directory.Exists(factory.MailFolder) && Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText)
                .Any(m => m.Contains(orderId.ToString(), StringComparison.Ordinal) && m.Contains("is confirmed", StringComparison.Ordinal) && m.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal).Contains(receipt, StringComparison.Ordinal)),
            "the confirmation email links the receipt", 30);
    }

    [Fact]
    public async Task A_payment_Stripe_cancels_after_authorizing_it_stops_the_order_from_shipping()
    {
        var (orderId, intentId) = await CheckoutAsync();
        (await SendAsync(Event($"evt_{Guid.NewGuid():N}", "payment_intent.amount_capturable_updated", intentId))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).Status == OrderStatus.Confirmed, "confirmed by the webhook", 30);

        // Stripe cancels an uncaptured authorization itself when its window ends (cancellation_reason "automatic").
        (await SendAsync(Event($"evt_{Guid.NewGuid():N}", "payment_intent.canceled", intentId))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).Status == OrderStatus.PaymentExpired, "the order shows its payment is gone", 30);
        (await OrderAsync(orderId)).PaymentStatus.Should().Be(PaymentStatus.Expired);
        var ship = await Problem.ReadAsync(await client.PostAsJsonAsync($"/api/v1/orders/{orderId}/ship", new { trackingNumber = "1Z-UNPAID" }), HttpStatusCode.Conflict);
        ship.Code.Should().Be("payment_not_authorized");
        factory.Stripe.LogEntries.Should().NotContain(e => e.RequestMessage.Path == $"/v1/payment_intents/{intentId}/capture", "nothing is left to capture");
    }

    [Fact]
    public async Task A_webhook_that_is_not_signed_with_the_endpoints_secret_is_refused_and_changes_nothing()
    {
        var (orderId, intentId) = await CheckoutAsync();
        var payload = Event($"evt_{Guid.NewGuid():N}", "payment_intent.amount_capturable_updated", intentId);
        var forged = global::Stripe.EventUtility.GenerateSignatureHeader(payload, "whsec_someone_else", null);

        var problem = await Problem.ReadAsync(await SendAsync(payload, forged), HttpStatusCode.BadRequest);

        problem.Code.Should().Be("invalid_webhook");
        (await OrderAsync(orderId)).PaymentStatus.Should().Be(PaymentStatus.Pending);
    }

    [Fact]
    public async Task An_authorization_arriving_after_the_order_was_cancelled_is_voided_at_stripe()
    {
        var (orderId, intentId) = await CheckoutAsync();
        factory.Stripe.Given(Request.Create().WithPath($"/v1/payment_intents/{intentId}/cancel").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$$"""{"id":"{{{intentId}}}","object":"payment_intent","status":"canceled"}"""));
        (await client.PostAsJsonAsync($"/api/v1/orders/{orderId}/cancel", new { reason = "Changed my mind" })).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).PaymentStatus == PaymentStatus.Voided, "voided", 30);
        var cancels = () => factory.Stripe.LogEntries.Count(e => e.RequestMessage.Path == $"/v1/payment_intents/{intentId}/cancel");
        cancels().Should().Be(1, "the pending intent is cancelled at Stripe");

        (await SendAsync(Event($"evt_{Guid.NewGuid():N}", "payment_intent.amount_capturable_updated", intentId))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        cancels().Should().Be(2, "the late authorization is released at once");
        (await OrderAsync(orderId)).Should().BeEquivalentTo(new { Status = OrderStatus.Cancelled, PaymentStatus = PaymentStatus.Voided });
    }

    [Fact]
    public async Task A_refund_made_in_Stripes_dashboard_is_recorded_once_and_the_report_of_the_shops_own_refund_changes_nothing()
    {
        var (orderId, intentId) = await CapturedAsync();
        factory.Stripe.Given(Request.Create().WithPath("/v1/refunds").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"id":"re_shop_1","object":"refund","status":"succeeded"}"""));
        var dashboard = ChargeRefunded(intentId, 500);

        (await SendAsync(dashboard)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await SendAsync(dashboard)).StatusCode.Should().Be(HttpStatusCode.NoContent, "Stripe sends an event again until it is answered 2xx");
        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).AmountRefunded == 5m, "the dashboard's refund reaches the order", 30);
        (await client.PostAsJsonAsync($"/api/v1/orders/{orderId}/refunds", new { amount = 3m, reason = "Scratched" })).EnsureSuccessStatusCode();
        (await SendAsync(ChargeRefunded(intentId, 800))).StatusCode.Should().Be(HttpStatusCode.NoContent, "Stripe reports the shop's own refund too");

        var payment = await client.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{orderId}", Json.Options);
        payment.GetProperty("amountRefunded").GetDecimal().Should().Be(8m);
        var refunds = payment.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("type").GetString() == "Refunded").ToList();
        refunds.Select(c => c.GetProperty("amount").GetDecimal()).Should().Equal(5m, 3m);
        refunds[0].GetProperty("providerReference").GetString().Should().Be("re_dash_500");
        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).AmountRefunded == 8m, "both refunds reach the order", 30);
    }

    [Fact]
    public async Task A_dispute_flags_the_order_and_its_payment_and_its_outcome_is_kept()
    {
        var (orderId, intentId) = await CapturedAsync();

        (await SendAsync(Dispute("charge.dispute.created", intentId, "needs_response", 1000))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).DisputeStatus == "open", "the order shows the dispute", 30);
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{orderId}", Json.Options)).GetProperty("changes").EnumerateArray()
            .Should().Contain(c => c.GetProperty("type").GetString() == "DisputeOpened" && c.GetProperty("code").GetString() == "fraudulent");
        (await SendAsync(Dispute("charge.dispute.closed", intentId, "lost", 1000))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Eventually.HoldsAsync(async () => (await OrderAsync(orderId)).DisputeStatus == "lost", "the outcome reaches the order", 30);
        var history = (await client.GetFromJsonAsync<List<JsonElement>>($"/api/v1/orders/{orderId}/history", Json.Options))!.Select(e => e.GetProperty("type").GetString());
        history.Should().ContainInOrder("PaymentCaptured", "PaymentDisputed", "PaymentDisputeClosed");
    }
}
