using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Inventory.Application.Stock;
using Commerce.Notifications.Application.ListNotifications;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Domain.Orders;
using Commerce.Payments.Application.Payments;
using Microsoft.AspNetCore.Hosting;

namespace Commerce.Api.Tests;

/// <summary>Every context and the test provider, with authorizations that last seconds instead of days.</summary>
public sealed class AuthorizationExpiryApiFactory : EventFlowApiFactory
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(12);
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(6);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Payments:AuthorizationLifetime", Lifetime.ToString());
        builder.UseSetting("Payments:AuthorizationRenewalLead", "00:00:06");
        builder.UseSetting("Ordering:ExpiredPaymentGrace", Grace.ToString());
    }
}

/// <summary>The rows of docs/payments.md about an authorization's end: renewed before it lapses, or the order never ships unpaid.</summary>
public class AuthorizationExpiryTests(AuthorizationExpiryApiFactory factory) : IClassFixture<AuthorizationExpiryApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(Guid OrderId, Guid ProductId)> ConfirmedOrderAsync(string paymentMethodId)
    {
        var shop = new Shop(factory.CreateClient());
        var product = await shop.ProductAsync(price: 15m);
        (await client.PutAsJsonAsync($"/api/v1/inventory/{product.Id}", new { onHand = 10, lowStockThreshold = 0 })).EnsureSuccessStatusCode();
        (await shop.AddAsync(product.Id, 2)).EnsureSuccessStatusCode();
        var response = await shop.CheckoutAsync(Shop.CheckoutBody(paymentMethodId: paymentMethodId));
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId;
        await Eventually.HoldsAsync(async () => (await OrderAsync(id)).Status == OrderStatus.Confirmed, "confirmed", 30);
        return (id, product.Id);
    }

    private async Task<OrderDto> OrderAsync(Guid id) => (await client.GetFromJsonAsync<OrderDto>($"/api/v1/orders/{id}", Json.Options))!;

    private async Task<PaymentRecordDto> PaymentAsync(Guid orderId) => (await client.GetFromJsonAsync<PaymentRecordDto>($"/api/v1/payments/{orderId}", Json.Options))!;

    private async Task<StockDto> StockAsync(Guid productId) => (await client.GetFromJsonAsync<StockDto>($"/api/v1/inventory/{productId}", Json.Options))!;

    private async Task<List<NotificationDto>> OperatorMailAsync(Guid orderId) =>
        [.. (await client.GetFromJsonAsync<PagedResult<NotificationDto>>($"/api/v1/notifications?orderId={orderId}&recipient=operator@example.com", Json.Options))!.Items];

    [Fact]
    public async Task An_authorization_the_provider_renews_is_renewed_before_it_lapses_and_shipping_captures_it()
    {
        var (id, _) = await ConfirmedOrderAsync("pm_card_visa");
        var first = (await PaymentAsync(id)).ProviderReference;

        await Eventually.HoldsAsync(async () => (await PaymentAsync(id)).Changes.Any(c => c.Type == "Reauthorized"), "renewed ahead of its end", 40);

        var renewed = await PaymentAsync(id);
        renewed.ProviderReference.Should().NotBe(first, "the renewal is a new authorization");
        (await OrderAsync(id)).Status.Should().Be(OrderStatus.Confirmed);
        (await client.PostAsJsonAsync($"/api/v1/orders/{id}/ship", new { trackingNumber = "1Z-RENEWED" })).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(async () => (await OrderAsync(id)).PaymentStatus == PaymentStatus.Captured, "captured on the renewed authorization", 30);
    }

    [Fact]
    public async Task An_authorization_that_cannot_be_renewed_lapses_the_order_never_ships_and_is_cancelled_after_its_grace()
    {
        var (id, productId) = await ConfirmedOrderAsync("pm_card_reauthorization_refused");

        await Eventually.HoldsAsync(async () => (await OrderAsync(id)).Status == OrderStatus.PaymentExpired, "the order shows its payment lapsed", 45);

        var lapsed = await OrderAsync(id);
        lapsed.Should().BeEquivalentTo(new { PaymentStatus = PaymentStatus.Expired, AmountCaptured = 0m });
        lapsed.PaymentDueBy.Should().NotBeNull();
        var ship = await Problem.ReadAsync(await client.PostAsJsonAsync($"/api/v1/orders/{id}/ship", new { trackingNumber = "1Z-UNPAID" }), HttpStatusCode.Conflict);
        ship.Code.Should().Be("payment_not_authorized");
        (await StockAsync(productId)).Reserved.Should().Be(2, "the stock waits out the grace");
        await Eventually.HoldsAsync(async () => (await OperatorMailAsync(id)).Count == 2, "operators told before and when it lapsed", 30);
        (await OperatorMailAsync(id)).Select(n => n.Kind).Should().BeEquivalentTo(["AuthorizationExpiring", "PaymentExpired"]);

        await Eventually.HoldsAsync(async () => (await OrderAsync(id)).Status == OrderStatus.Cancelled, "cancelled once the grace ended", 30);
        var cancelled = await OrderAsync(id);
        cancelled.CancellationCode.Should().Be("payment_expired");
        (cancelled.CancelledAt - lapsed.UpdatedAt).Should().BeGreaterThanOrEqualTo(AuthorizationExpiryApiFactory.Grace - TimeSpan.FromMilliseconds(50));
        await Eventually.HoldsAsync(async () => (await StockAsync(productId)).Reserved == 0, "the reservation released", 30);
        (await PaymentAsync(id)).Changes.Select(c => c.Type).Should().Equal("Opened", "Authorized", "RenewalRefused", "AuthorizationExpired");
        var history = (await client.GetFromJsonAsync<List<JsonElement>>($"/api/v1/orders/{id}/history", Json.Options))!.Select(e => e.GetProperty("type").GetString());
        history.Should().ContainInOrder("OrderConfirmed", "PaymentExpired", "OrderPaymentLapsed", "OrderCancelled");
    }
}
