using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Api.Tests;

/// <summary>
/// 3-D Secure with the test provider: a card that asks for a challenge leaves the order waiting, the order hands the
/// buyer's browser what completes it, and the provider's webhook tells how it ended.
/// </summary>
public class PaymentChallengeTests(EventFlowApiFactory factory) : IClassFixture<EventFlowApiFactory>
{
    private const string ChallengeCard = "pm_card_authenticationRequired";

    private readonly HttpClient staff = factory.CreateClient();

    private async Task<(Guid OrderId, HttpClient Buyer)> CheckoutAsync()
    {
        var name = $"buyer-{Guid.NewGuid():N}"[..20];
        var buyer = factory.ClientFor(name);
        var product = await new Shop(staff).ProductAsync(price: 25m);
        (await staff.PutAsJsonAsync($"/api/v1/inventory/{product.Id}", new { onHand = 5, lowStockThreshold = 0 })).EnsureSuccessStatusCode();
        var shop = new Shop(buyer, name);
        (await shop.AddAsync(product.Id, 1)).EnsureSuccessStatusCode();
        var response = await shop.CheckoutAsync(Shop.CheckoutBody(paymentMethodId: ChallengeCard));
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId, buyer);
    }

    private static async Task<OrderDto> OrderAsync(HttpClient client, Guid id) => (await client.GetFromJsonAsync<OrderDto>($"/api/v1/orders/{id}", Json.Options))!;

    private static async Task<PaymentNextActionDto> ChallengeAsync(HttpClient buyer, Guid orderId)
    {
        PaymentNextActionDto? action = null;
        await Eventually.HoldsAsync(async () => (action = (await OrderAsync(buyer, orderId)).Payment.NextAction) is not null, "the order hands over the challenge", 30);
        return action!;
    }

    private Task<HttpResponseMessage> ChallengeEndedAsync(string paymentIntent, string challenge) =>
        factory.AnonymousClient().PostAsJsonAsync("/api/v1/payments/webhooks/test", new { id = $"evt_{Guid.NewGuid():N}", paymentIntent, challenge });

    private async Task<string> ReferenceOfAsync(Guid orderId) =>
        (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/payments/{orderId}")).GetProperty("providerReference").GetString()!;

    [Fact]
    public async Task A_card_that_asks_for_a_challenge_waits_for_it_and_the_order_is_confirmed_once_it_is_passed()
    {
        var (orderId, buyer) = await CheckoutAsync();

        var action = await ChallengeAsync(buyer, orderId);
        action.Type.Should().Be("complete_provider_challenge");
        var reference = await ReferenceOfAsync(orderId);
        action.ClientSecret.Should().StartWith(reference).And.Contain("_secret_");
        (await OrderAsync(buyer, orderId)).Status.Should().Be(OrderStatus.Pending, "nothing is decided before the challenge");

        (await ChallengeEndedAsync(reference, "passed")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await EventFlow.WaitForStatusAsync(staff, orderId, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);
        var confirmed = await OrderAsync(buyer, orderId);
        confirmed.PaymentStatus.Should().Be(PaymentStatus.Authorized);
        confirmed.Payment.NextAction.Should().BeNull("the challenge is over");
    }

    [Fact]
    public async Task A_failed_challenge_declines_the_payment_and_cancels_the_order()
    {
        var (orderId, buyer) = await CheckoutAsync();
        await ChallengeAsync(buyer, orderId);

        (await ChallengeEndedAsync(await ReferenceOfAsync(orderId), "failed")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await EventFlow.WaitForStatusAsync(staff, orderId, OrderStatus.Cancelled)).Should().Be(OrderStatus.Cancelled);
        var cancelled = await OrderAsync(buyer, orderId);
        cancelled.CancellationCode.Should().Be("payment_declined");
        cancelled.CancellationReason.Should().Contain("payment_intent_authentication_failure");
        cancelled.Payment.NextAction.Should().BeNull();
    }

    [Fact]
    public async Task A_test_provider_webhook_that_tells_no_clear_outcome_is_refused()
    {
        var response = await factory.AnonymousClient().PostAsJsonAsync("/api/v1/payments/webhooks/test", new { id = "evt_1", challenge = "maybe" });

        (await Problem.ReadAsync(response, HttpStatusCode.UnprocessableEntity)).Code.Should().Be("invalid_webhook");
    }
}
