using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;

namespace Commerce.Api.Tests;

/// <summary>Every module with the old serverless shop's routes on and open to anonymous callers, as in Development.</summary>
public sealed class CompatibilityApiFactory : EventFlowApiFactory
{
    protected override bool CompatibilityRoutes => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Compatibility:AllowAnonymous", "true");
    }
}

/// <summary>
/// A client of the old AWS serverless shop, unchanged: no token, its own paths and JSON, the <c>{message, body}</c>
/// envelope. Its orders go through the real checkout, outbox and SQS, and Inventory confirms them.
/// </summary>
public class CompatibilityRoutesTests(CompatibilityApiFactory factory) : IClassFixture<CompatibilityApiFactory>
{
    private readonly HttpClient oldClient = factory.AnonymousClient();
    private readonly HttpClient staff = factory.CreateClient();

    private static async Task<JsonNode> BodyOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        var envelope = JsonNode.Parse(text)!;
        envelope["message"]!.GetValue<string>().Should().StartWith("Successfully finished operation");
        return envelope["body"]!;
    }

    private async Task<string> CreateProductAsync(string name, string category, decimal price)
    {
        var created = await BodyOf(await oldClient.PostAsJsonAsync("/product", new
        {
            name, description = $"{name} description", imageFile = "product-1.png", price, category,
        }));
        return created["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task An_old_client_creates_a_product_fills_a_basket_checks_out_and_finds_its_confirmed_order_by_user_and_by_date()
    {
        var user = $"swn{Guid.NewGuid():N}"[..12];
        var category = $"Phone{Guid.NewGuid():N}"[..12];
        var productId = await CreateProductAsync("IPhone X", category, 950.40m);
        var read = await BodyOf(await oldClient.GetAsync($"/product/{productId}"));
        read["name"]!.GetValue<string>().Should().Be("IPhone X");
        read["price"]!.GetValue<decimal>().Should().Be(950.40m);
        read["imageFile"]!.GetValue<string>().Should().Be("product-1.png");
        (await BodyOf(await oldClient.GetAsync($"/product?category={category}"))).AsArray().Select(p => p!["id"]!.GetValue<string>())
            .Should().Equal(productId);
        (await staff.PutAsJsonAsync($"/api/v1/inventory/{productId}", new { onHand = 10, lowStockThreshold = 0 })).EnsureSuccessStatusCode();

        var basket = await BodyOf(await oldClient.PostAsJsonAsync("/basket", new
        {
            userName = user,
            items = new[] { new { productId, productName = "stale name", quantity = 2, color = "Red", price = 1m } },
        }));
        basket["items"]![0]!["productName"]!.GetValue<string>().Should().Be("IPhone X", "names come from the catalog");
        basket["items"]![0]!["price"]!.GetValue<decimal>().Should().Be(950.40m, "prices come from the catalog");
        (await BodyOf(await oldClient.GetAsync($"/basket/{user}")))["items"]![0]!["color"]!.GetValue<string>().Should().Be("Red");
        (await BodyOf(await oldClient.GetAsync("/basket"))).AsArray().Select(b => b!["userName"]!.GetValue<string>()).Should().Contain(user);

        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var checkout = await BodyOf(await oldClient.PostAsJsonAsync("/basket/checkout", new
        {
            userName = user, firstName = "swn", lastName = "swn", email = "swn@example.com", address = "istanbul",
            cardInfo = "5554443322", paymentMethod = 1,
        }));
        var orderId = checkout["orderId"]!.GetValue<string>();
        (await BodyOf(await oldClient.GetAsync($"/basket/{user}")))["items"]!.AsArray().Should().BeEmpty("checkout empties the basket");

        var order = await WaitForOrderAsync(user, orderId, "Confirmed");
        order["status"]!.GetValue<string>().Should().Be("Confirmed", "Inventory reserved the stock through SQS");
        order["userName"]!.GetValue<string>().Should().Be(user);
        order["totalPrice"]!.GetValue<decimal>().Should().Be(1900.80m);
        order["firstName"]!.GetValue<string>().Should().Be("swn");
        order["email"]!.GetValue<string>().Should().Be("swn@example.com");
        order["address"]!.GetValue<string>().Should().Be("istanbul");
        order["paymentMethod"]!.GetValue<int>().Should().Be(1);
        order["cardInfo"]!.GetValue<string>().Should().Be("****3322");
        order.ToJsonString().Should().NotContain("5554443322");
        order["items"]![0]!["color"]!.GetValue<string>().Should().Be("Red");
        order["items"]![0]!["quantity"]!.GetValue<int>().Should().Be(2);
        DateTimeOffset.Parse(order["orderDate"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).Should().BeAfter(before);

        (await BodyOf(await oldClient.GetAsync($"/order/{user}?orderDate={Uri.EscapeDataString(before.ToString("O"))}"))).AsArray()
            .Select(o => o!["id"]!.GetValue<string>()).Should().Equal(orderId);
        (await BodyOf(await oldClient.GetAsync($"/order/{user}?orderDate={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}"))).AsArray()
            .Should().BeEmpty();
        (await BodyOf(await oldClient.GetAsync("/order"))).AsArray().Select(o => o!["id"]!.GetValue<string>()).Should().Contain(orderId);
    }

    private async Task<JsonNode> WaitForOrderAsync(string user, string orderId, string wanted)
    {
        JsonNode? order = null;
        await Eventually.HoldsAsync(async () =>
        {
            order = (await BodyOf(await oldClient.GetAsync($"/order/{user}"))).AsArray().Single(o => o!["id"]!.GetValue<string>() == orderId)!;
            return order["status"]!.GetValue<string>() == wanted;
        }, $"order {orderId} {wanted}");
        return order!;
    }

    [Fact]
    public async Task A_partial_update_changes_only_the_given_fields_and_a_delete_removes_the_product()
    {
        var productId = await CreateProductAsync("Galaxy", "Phone", 700m);

        var updated = await BodyOf(await oldClient.PutAsJsonAsync($"/product/{productId}", new { price = 650.5m }));
        updated["price"]!.GetValue<decimal>().Should().Be(650.5m);
        updated["name"]!.GetValue<string>().Should().Be("Galaxy");
        updated["description"]!.GetValue<string>().Should().Be("Galaxy description");

        (await BodyOf(await oldClient.DeleteAsync($"/product/{productId}")))["id"]!.GetValue<string>().Should().Be(productId);
        var gone = await oldClient.GetAsync($"/product/{productId}");
        (await Problem.ReadAsync(gone, HttpStatusCode.NotFound)).Code.Should().Be("product_not_found");
    }

    [Fact]
    public async Task An_unknown_product_in_a_basket_is_a_400_naming_it_and_leaves_the_basket_as_it_was()
    {
        var user = $"u{Guid.NewGuid():N}"[..12];
        var known = await CreateProductAsync("Pixel", "Phone", 500m);
        await BodyOf(await oldClient.PostAsJsonAsync("/basket", new { userName = user, items = new[] { new { productId = known, quantity = 1 } } }));
        var unknown = Guid.NewGuid();

        var response = await oldClient.PostAsJsonAsync("/basket", new
        {
            userName = user,
            items = new object[] { new { productId = known, quantity = 3 }, new { productId = unknown, quantity = 1 } },
        });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Code.Should().Be("unknown_product");
        problem.Errors.Should().ContainKey("items[1].productId");
        problem.Body.GetProperty("detail").GetString().Should().Contain(unknown.ToString());
        (await BodyOf(await oldClient.GetAsync($"/basket/{user}")))["items"]![0]!["quantity"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Bad_checkouts_get_problem_details_not_500s()
    {
        var missing = await oldClient.PostAsJsonAsync("/basket/checkout", new { userName = "nobody-here", firstName = "a" });
        (await Problem.ReadAsync(missing, HttpStatusCode.BadRequest)).Errors.Should().ContainKeys("lastName", "email", "address", "cardInfo");

        var empty = await oldClient.PostAsJsonAsync("/basket/checkout", new
        {
            userName = $"e{Guid.NewGuid():N}"[..12], firstName = "a", lastName = "b", email = "a@example.com", address = "x", cardInfo = "1234", paymentMethod = "card",
        });
        (await Problem.ReadAsync(empty, HttpStatusCode.UnprocessableEntity)).Code.Should().Be("basket_empty");

        var malformed = await oldClient.PostAsync("/product", new StringContent("{\"price\": \"cheap\"}", System.Text.Encoding.UTF8, "application/json"));
        (await Problem.ReadAsync(malformed, HttpStatusCode.BadRequest)).Code.Should().Be("malformed_json");
    }
}

public class CompatibilityRoutesOffTests(CommerceApiFactory factory) : IClassFixture<CommerceApiFactory>
{
    [Theory]
    [InlineData("/product")]
    [InlineData("/basket")]
    [InlineData("/order")]
    public async Task Are_not_served_unless_turned_on(string path)
    {
        var response = await factory.AnonymousClient().GetAsync(path);

        (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code.Should().Be("not_found");
    }
}
