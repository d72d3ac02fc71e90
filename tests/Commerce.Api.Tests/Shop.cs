using System.Net;
using System.Net.Http.Json;
using Commerce.Basket.Application.Baskets;
using Commerce.Catalog.Application.Products;
using Commerce.Ordering.Application.PlaceOrder;

namespace Commerce.Api.Tests;

/// <summary>What a client does on the way to an order, as one-line steps for the tests.</summary>
/// <param name="user">The user whose basket it fills: a new one unless named (a customer's client must name its own).</param>
internal sealed class Shop(HttpClient client, string? user = null)
{
    /// <summary>The test provider's token that authorizes (as Stripe's test mode does).</summary>
    public const string TestCard = "pm_card_visa";

    /// <summary>The test provider never answers for it: the order's stream stays the test's alone.</summary>
    public const string CardWithNoAnswer = "pm_card_no_answer";

    public string User { get; } = user ?? $"user-{Guid.NewGuid():N}"[..20];

    public async Task<ProductDto> ProductAsync(decimal price = 10m, string currency = "USD", string name = "Widget")
    {
        var response = await client.PostAsJsonAsync("/api/v1/products", new
        {
            sku = $"T-{Guid.NewGuid():N}"[..20], name, category = "Test", price, currency,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!;
    }

    public Task<HttpResponseMessage> AddAsync(Guid productId, int quantity, string? user = null) =>
        client.PostAsJsonAsync($"/api/v1/baskets/{user ?? User}/items", new { productId, quantity });

    public async Task<BasketDto> BasketAsync(string? user = null) =>
        (await client.GetFromJsonAsync<BasketDto>($"/api/v1/baskets/{user ?? User}", Json.Options))!;

    public static object CheckoutBody(string email = "ada@example.com", string paymentMethodId = TestCard) => new
    {
        buyer = new { firstName = "Ada", lastName = "Lovelace", email },
        shippingAddress = new { street = "1 Analytical Way", city = "London", state = "", zipCode = "N1 9GU", country = "UK" },
        payment = new { paymentMethodId },
    };

    public Task<HttpResponseMessage> CheckoutAsync(object? body = null, string? idempotencyKey = null, string? user = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/baskets/{user ?? User}/checkout")
        {
            Content = JsonContent.Create(body ?? CheckoutBody()),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    /// <summary>A product in the basket and a successful checkout: the new order's id.</summary>
    public async Task<Guid> PlaceOrderAsync(decimal price = 10m, int quantity = 1, string paymentMethodId = TestCard)
    {
        var product = await ProductAsync(price);
        (await AddAsync(product.Id, quantity)).EnsureSuccessStatusCode();
        var response = await CheckoutAsync(CheckoutBody(paymentMethodId: paymentMethodId));
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId;
    }
}
