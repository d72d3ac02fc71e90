using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Inventory.Application.Stock;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Domain.Orders;
using Commerce.Payments.Application.Payments;
using Microsoft.AspNetCore.Hosting;

namespace Commerce.Api.Tests;

/// <summary>Every context, the test provider, and a checkout deadline and capture retry of seconds.</summary>
public sealed class CheckoutSagaApiFactory : EventFlowApiFactory
{
    // Short enough for the no-answer row to end within a test, long enough that the other rows' first checkout on a
    // cold host of a busy two-core machine never meets it (6 s did, once in CI).
    public static readonly TimeSpan CheckoutTimeout = TimeSpan.FromSeconds(15);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ordering:CheckoutTimeout", CheckoutTimeout.ToString());
        builder.UseSetting("Payments:CaptureRetryDelay", "00:00:01");
        builder.UseSetting("Payments:MaxCaptureAttempts", "3");
    }
}

/// <summary>The compensation matrix of docs/payments.md, one test per row, through the API only.</summary>
public class CheckoutSagaTests(CheckoutSagaApiFactory factory) : IClassFixture<CheckoutSagaApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(Guid OrderId, Guid ProductId)> CheckoutAsync(string paymentMethodId, int onHand = 10, int quantity = 2, string currency = "USD")
    {
        var shop = new Shop(factory.CreateClient());
        var product = await shop.ProductAsync(price: 15m, currency: currency);
        (await client.PutAsJsonAsync($"/api/v1/inventory/{product.Id}", new { onHand, lowStockThreshold = 0 })).EnsureSuccessStatusCode();
        (await shop.AddAsync(product.Id, quantity)).EnsureSuccessStatusCode();
        var response = await shop.CheckoutAsync(Shop.CheckoutBody(paymentMethodId: paymentMethodId));
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId, product.Id);
    }

    private async Task<OrderDto> OrderAsync(Guid id) => (await client.GetFromJsonAsync<OrderDto>($"/api/v1/orders/{id}", Json.Options))!;

    private async Task<StockDto> StockAsync(Guid productId) => (await client.GetFromJsonAsync<StockDto>($"/api/v1/inventory/{productId}", Json.Options))!;

    private async Task<PaymentRecordDto> PaymentAsync(Guid orderId) => (await client.GetFromJsonAsync<PaymentRecordDto>($"/api/v1/payments/{orderId}", Json.Options))!;

    private async Task<OrderDto> UntilAsync(Guid id, Func<OrderDto, bool> holds, string what, int seconds = 60)
    {
        OrderDto order = null!;
        try
        {
            await Eventually.HoldsAsync(async () => holds(order = await OrderAsync(id)), what, seconds);
        }
        catch (TimeoutException waited) when (order is not null)
        {
            throw new TimeoutException($"{waited.Message} (the order is {order.Status}, payment {order.PaymentStatus}, cancelled as {order.CancellationCode ?? "-"})", waited);
        }

        return order;
    }

    private async Task<List<string?>> HistoryAsync(Guid id) =>
        [.. (await client.GetFromJsonAsync<List<JsonElement>>($"/api/v1/orders/{id}/history", Json.Options))!.Select(e => e.GetProperty("type").GetString())];

    [Fact]
    public async Task Authorized_and_reserved_confirms_shipping_captures_and_refunds_go_back_to_the_provider()
    {
        var (id, productId) = await CheckoutAsync("pm_card_visa");

        var confirmed = await UntilAsync(id, o => o.Status == OrderStatus.Confirmed, "confirmed");
        confirmed.Should().BeEquivalentTo(new { PaymentStatus = PaymentStatus.Authorized, AmountAuthorized = 30m, AmountCaptured = 0m });
        (await client.PostAsJsonAsync($"/api/v1/orders/{id}/ship", new { trackingNumber = "1Z-SAGA" })).EnsureSuccessStatusCode();
        await UntilAsync(id, o => o.PaymentStatus == PaymentStatus.Captured, "captured at shipment");
        (await StockAsync(productId)).Should().BeEquivalentTo(new { OnHand = 8, Reserved = 0 }, "shipped units leave the shelf");

        var part = await client.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { amount = 10m, reason = "Scratched" });
        part.StatusCode.Should().Be(HttpStatusCode.OK, await part.Content.ReadAsStringAsync());
        (await part.Content.ReadFromJsonAsync<PaymentRecordDto>(Json.Options))!.Should().BeEquivalentTo(new { Status = "PartiallyRefunded", AmountRefunded = 10m });
        var order = await UntilAsync(id, o => o.PaymentStatus == PaymentStatus.PartiallyRefunded, "the refund reaches the order");
        order.Should().BeEquivalentTo(new { AmountCaptured = 30m, AmountRefunded = 10m });

        var tooMuch = await Problem.ReadAsync(await client.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { amount = 20.01m, reason = "All of it" }), HttpStatusCode.UnprocessableEntity);
        tooMuch.Code.Should().Be("refund_exceeds_captured");
        (await client.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { amount = 20m, reason = "Returned" })).EnsureSuccessStatusCode();
        await UntilAsync(id, o => o.PaymentStatus == PaymentStatus.Refunded && o.AmountRefunded == 30m, "refunded in full");
        (await HistoryAsync(id)).Should().ContainInOrder("OrderPlaced", "OrderConfirmed", "OrderShipped", "PaymentCaptured", "RefundIssued", "RefundIssued");
        (await PaymentAsync(id)).Changes.Select(c => c.Type).Should().Equal("Opened", "Authorized", "Captured", "Refunded", "Refunded");
    }

    [Theory]
    [InlineData("pm_card_visa_chargeDeclined", "card_declined")]
    [InlineData("pm_card_visa_chargeDeclinedInsufficientFunds", "insufficient_funds")]
    public async Task A_declined_payment_cancels_with_payment_declined_and_releases_the_stock(string token, string declineCode)
    {
        var (id, productId) = await CheckoutAsync(token);

        var order = await UntilAsync(id, o => o.Status == OrderStatus.Cancelled, "cancelled");
        order.Should().BeEquivalentTo(new { CancellationCode = "payment_declined", PaymentStatus = PaymentStatus.Declined, AmountAuthorized = 0m });
        order.CancellationReason.Should().Contain(declineCode);
        await Eventually.HoldsAsync(async () => (await StockAsync(productId)).Reserved == 0, "no unit stays reserved", 30);
        (await StockAsync(productId)).Should().BeEquivalentTo(new { OnHand = 10, Available = 10 });
    }

    [Fact]
    public async Task Stock_short_voids_the_authorization_and_cancels_with_out_of_stock()
    {
        var (id, _) = await CheckoutAsync("pm_card_visa", onHand: 1, quantity: 2);

        var order = await UntilAsync(id, o => o.Status == OrderStatus.Cancelled && o.PaymentStatus == PaymentStatus.Voided, "cancelled and voided");

        order.CancellationCode.Should().Be("out_of_stock");
        (await PaymentAsync(id)).Changes.Select(c => c.Type).Should().Equal("Opened", "Authorized", "Voided");
    }

    [Fact]
    public async Task No_answer_from_the_provider_times_out_and_both_sides_are_compensated()
    {
        var (id, productId) = await CheckoutAsync("pm_card_no_answer");
        await Eventually.HoldsAsync(async () => (await StockAsync(productId)).Reserved == 2, "stock reserved meanwhile", 30);
        (await OrderAsync(id)).Status.Should().Be(OrderStatus.Pending, "it waits for the provider");

        var order = await UntilAsync(id, o => o.Status == OrderStatus.Cancelled && o.PaymentStatus == PaymentStatus.Voided, "timed out", 60);

        order.CancellationCode.Should().Be("timed_out");
        (order.CancelledAt - order.PlacedAt).Should().BeGreaterThanOrEqualTo(CheckoutSagaApiFactory.CheckoutTimeout - TimeSpan.FromMilliseconds(50));
        await Eventually.HoldsAsync(async () => (await StockAsync(productId)).Reserved == 0, "the reservation released", 30);
        (await PaymentAsync(id)).Changes.Select(c => c.Type).Should().Equal("Opened", "SentToProvider", "Voided");
    }

    [Fact]
    public async Task Cancelling_a_confirmed_order_voids_the_authorization_and_releases_the_stock()
    {
        var (id, productId) = await CheckoutAsync("pm_card_mastercard");
        await UntilAsync(id, o => o.Status == OrderStatus.Confirmed, "confirmed");

        (await client.PostAsJsonAsync($"/api/v1/orders/{id}/cancel", new { reason = "Changed my mind" })).EnsureSuccessStatusCode();

        var order = await UntilAsync(id, o => o.PaymentStatus == PaymentStatus.Voided, "voided");
        order.Should().BeEquivalentTo(new { Status = OrderStatus.Cancelled, CancellationCode = "cancelled_by_staff", AmountCaptured = 0m });
        await Eventually.HoldsAsync(async () => (await StockAsync(productId)).Reserved == 0, "the reservation released", 30);
    }

    [Fact]
    public async Task A_failed_capture_leaves_the_order_shipped_with_the_payment_failed_and_is_retried()
    {
        var (id, _) = await CheckoutAsync("pm_card_capture_fails");
        await UntilAsync(id, o => o.Status == OrderStatus.Confirmed, "confirmed");

        (await client.PostAsJsonAsync($"/api/v1/orders/{id}/ship", new { trackingNumber = "1Z-FAIL" })).EnsureSuccessStatusCode();

        await UntilAsync(id, o => o.PaymentStatus == PaymentStatus.Failed, "the capture failed");
        await Eventually.HoldsAsync(async () => (await PaymentAsync(id)).CaptureAttempts == 3, "retried until the configured attempts", 30);
        var order = await OrderAsync(id);
        order.Should().BeEquivalentTo(new { Status = OrderStatus.Shipped, PaymentStatus = PaymentStatus.Failed, AmountCaptured = 0m });
        (await HistoryAsync(id)).Should().Contain("PaymentCaptureFailed");
    }

    [Fact]
    public async Task An_order_cancelled_before_its_payment_was_asked_for_never_holds_money()
    {
        var shop = new Shop(factory.CreateClient());
        var product = await shop.ProductAsync();
        (await shop.AddAsync(product.Id, 1)).EnsureSuccessStatusCode();
        var id = (await (await shop.CheckoutAsync()).Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId;
        (await client.PostAsJsonAsync($"/api/v1/orders/{id}/cancel", new { reason = "Too quick" })).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(async () => (await client.GetAsync($"/api/v1/payments/{id}")).IsSuccessStatusCode, "Payments heard of the order", 30);
        await Eventually.HoldsAsync(async () => (await PaymentAsync(id)).Status == "Voided", "nothing held", 30);
        (await PaymentAsync(id)).AmountCaptured.Should().Be(0m);
        (await UntilAsync(id, o => o.PaymentStatus == PaymentStatus.Voided, "the order learns nothing is held")).Status.Should().Be(OrderStatus.Cancelled);
    }

    [Fact]
    public async Task Late_and_repeated_payment_answers_change_nothing()
    {
        var (id, _) = await CheckoutAsync("pm_card_visa");
        var confirmed = await UntilAsync(id, o => o.Status == OrderStatus.Confirmed, "confirmed");
        var sqs = RawSqs.Of(factory);
        var standing = new Commerce.Payments.Contracts.PaymentStanding(2, "Authorized", 30m, 0, 0, "USD");
        var repeated = Guid.NewGuid().ToString();
        var late = Guid.NewGuid().ToString();

        await sqs.SendAsync(sqs.Queue("ordering"), repeated, "PaymentAuthorized",
            JsonSerializer.Serialize(new Commerce.Payments.Contracts.PaymentAuthorized(id, standing, "visa", "4242", DateTimeOffset.UtcNow), Json.Options));
        await sqs.SendAsync(sqs.Queue("ordering"), late, "PaymentDeclined",
            JsonSerializer.Serialize(new Commerce.Payments.Contracts.PaymentDeclined(id, standing with { Status = "Declined" }, "card_declined", DateTimeOffset.UtcNow), Json.Options));
        await sqs.DrainedAsync(sqs.Queue("ordering"));

        (await OrderAsync(id)).Should().BeEquivalentTo(new { confirmed.Version, Status = OrderStatus.Confirmed, PaymentStatus = PaymentStatus.Authorized });
    }

    [Fact]
    public async Task A_refund_before_the_capture_is_refused_and_an_unknown_token_is_a_clear_400()
    {
        var (id, _) = await CheckoutAsync("pm_card_visa");
        await UntilAsync(id, o => o.Status == OrderStatus.Confirmed, "confirmed");

        (await Problem.ReadAsync(await client.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { amount = 1m, reason = "Early" }), HttpStatusCode.Conflict))
            .Code.Should().Be("invalid_payment_transition");
        var shop = new Shop(factory.CreateClient());
        (await shop.AddAsync((await shop.ProductAsync()).Id, 1)).EnsureSuccessStatusCode();
        var unknown = await Problem.ReadAsync(await shop.CheckoutAsync(Shop.CheckoutBody(paymentMethodId: "pm_card_chargeDeclinedStolen")), HttpStatusCode.BadRequest);
        unknown.Errors.Should().ContainKey("payment.paymentMethodId");
    }

    [Fact]
    public async Task A_refund_finer_than_the_currencys_smallest_unit_is_a_400_naming_the_amount_and_refunds_nothing()
    {
        var (id, _) = await CheckoutAsync("pm_card_visa", currency: "JPY");
        await UntilAsync(id, o => o.Status == OrderStatus.Confirmed, "confirmed");
        (await client.PostAsJsonAsync($"/api/v1/orders/{id}/ship", new { trackingNumber = "1Z-YEN" })).EnsureSuccessStatusCode();
        await UntilAsync(id, o => o.PaymentStatus == PaymentStatus.Captured, "captured");

        var half = await Problem.ReadAsync(await client.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { amount = 0.5m, reason = "Half a yen" }), HttpStatusCode.BadRequest);

        half.Errors.Keys.Should().Equal("amount");
        (await PaymentAsync(id)).AmountRefunded.Should().Be(0m);
        (await client.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { amount = 1m, reason = "One yen" })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_refund_retried_with_its_idempotency_key_refunds_once_and_another_payload_under_it_is_refused()
    {
        var (id, _) = await CheckoutAsync("pm_card_visa");
        await UntilAsync(id, o => o.Status == OrderStatus.Confirmed, "confirmed");
        (await client.PostAsJsonAsync($"/api/v1/orders/{id}/ship", new { trackingNumber = "1Z-KEY" })).EnsureSuccessStatusCode();
        await UntilAsync(id, o => o.PaymentStatus == PaymentStatus.Captured, "captured");
        var key = Guid.NewGuid().ToString();
        Task<HttpResponseMessage> Refund(decimal amount) => client.PostAsync($"/api/v1/orders/{id}/refunds", new { amount, reason = "Scratched" }, key);

        var first = await Refund(10m);
        var again = await Refund(10m);

        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        (await again.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await Problem.ReadAsync(await Refund(5m), HttpStatusCode.UnprocessableEntity)).Code.Should().Be("idempotency_key_reused");
        var payment = await PaymentAsync(id);
        payment.AmountRefunded.Should().Be(10m);
        payment.Changes.Count(c => c.Type == "Refunded").Should().Be(1);
    }
}
