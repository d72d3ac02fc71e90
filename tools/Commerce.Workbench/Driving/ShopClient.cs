using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commerce.Workbench.Driving;

/// <summary>What a client of the API does, step by step, timed.</summary>
/// <param name="paymentMethodId">The test provider's token every checkout pays with.</param>
internal sealed class ShopClient(HttpClient http, string paymentMethodId = "pm_card_visa")
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly object checkoutBody = new
    {
        buyer = new { firstName = "Ada", lastName = "Lovelace", email = "ada@example.com" },
        shippingAddress = new { street = "1 Analytical Way", city = "London", state = "", zipCode = "N1 9GU", country = "UK" },
        payment = new { paymentMethodId },
    };

    public HttpClient Http => http;

    public async Task<Guid> CreateProductAsync(string sku, string name, string category, decimal price)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/products", new { sku, name, category, price, currency = "USD", description = $"{name}, for the workbench" });
        await EnsureAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<IdOnly>(Json))!.Id;
    }

    public async Task SetStockAsync(Guid productId, int onHand)
    {
        using var response = await http.PutAsJsonAsync($"/api/v1/inventory/{productId}", new { onHand, lowStockThreshold = 0 });
        await EnsureAsync(response, HttpStatusCode.OK);
    }

    public async Task<Stock> StockAsync(Guid productId) =>
        (await http.GetFromJsonAsync<Stock>($"/api/v1/inventory/{productId}", Json))!;

    /// <summary>Fills <paramref name="user"/>'s basket and checks it out; never throws for what the server answers.</summary>
    public async Task<Attempt> CheckoutAsync(string user, Guid productId, int quantity)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using (var basket = await FillBasketAsync(user, productId, quantity))
            {
                if (!basket.IsSuccessStatusCode)
                {
                    return Attempt.Refused(user, productId, quantity, (int)basket.StatusCode, "basket", Stopwatch.GetElapsedTime(started));
                }
            }

            using var checkout = await CheckOutAsync(user);
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (checkout.StatusCode != HttpStatusCode.Accepted)
            {
                return Attempt.Refused(user, productId, quantity, (int)checkout.StatusCode, "checkout", elapsed);
            }

            var accepted = (await checkout.Content.ReadFromJsonAsync<IdOnly>(Json))!;
            return new Attempt(user, productId, quantity, 202, accepted.OrderId, DateTimeOffset.UtcNow, elapsed, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            // The connection broke (a killed host) or timed out: the outcome is unknown, the audit finds out.
            return new Attempt(user, productId, quantity, null, null, null, Stopwatch.GetElapsedTime(started), exception.GetType().Name);
        }
    }

    public Task<HttpResponseMessage> FillBasketAsync(string user, Guid productId, int quantity) =>
        http.PutAsJsonAsync($"/api/v1/baskets/{user}", new { items = new[] { new { productId, quantity } } });

    public Task<HttpResponseMessage> CheckOutAsync(string user) => http.PostAsJsonAsync($"/api/v1/baskets/{user}/checkout", checkoutBody);

    /// <summary>Every order, page by page.</summary>
    /// <summary>The same shop, paying with another of the test provider's tokens.</summary>
    public ShopClient PayingWith(string token) => new(http, token);

    public async Task<List<OrderRow>> OrdersAsync()
    {
        var orders = new List<OrderRow>();
        for (var page = 1; ; page++)
        {
            var result = (await http.GetFromJsonAsync<PageOf<OrderRow>>($"/api/v1/orders?page={page}&pageSize=100", Json))!;
            orders.AddRange(result.Items);
            if (page * result.PageSize >= result.TotalCount)
            {
                return orders;
            }
        }
    }

    private static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private sealed record IdOnly(Guid Id, Guid OrderId);
}

/// <param name="Status">What the checkout answered; null when no answer came (connection lost, timeout).</param>
internal sealed record Attempt(
    string User, Guid ProductId, int Quantity, int? Status, Guid? OrderId, DateTimeOffset? AcceptedAt, TimeSpan Elapsed, string? Detail)
{
    public static Attempt Refused(string user, Guid productId, int quantity, int status, string step, TimeSpan elapsed) =>
        new(user, productId, quantity, status, null, null, elapsed, step);
}

internal sealed record Stock(Guid ProductId, int OnHand, int Reserved, int Available);

internal sealed record OrderLineRow(Guid ProductId, int Quantity);

internal sealed record OrderRow(
    Guid Id, string UserName, string Status, IReadOnlyList<OrderLineRow> Lines, DateTimeOffset PlacedAt, DateTimeOffset? ConfirmedAt,
    OrderTotalsRow Totals, string PaymentStatus, decimal AmountAuthorized, decimal AmountCaptured, decimal AmountRefunded, string? CancellationCode,
    string? DisputeStatus = null);

internal sealed record OrderTotalsRow(decimal Total);

internal sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount);
