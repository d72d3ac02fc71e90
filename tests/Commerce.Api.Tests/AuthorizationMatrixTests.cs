using System.Net;
using System.Net.Http.Json;
using Commerce.Ordering.Application.PlaceOrder;

namespace Commerce.Api.Tests;

/// <summary>
/// Who may do what, route group by route group: anonymous, the customer who owns the data, another customer, and
/// an admin. Every refusal is a problem details body with a stable code.
/// </summary>
public class AuthorizationMatrixTests(EventFlowApiFactory factory) : IClassFixture<EventFlowApiFactory>
{
    public enum Caller
    {
        Anonymous,
        Owner,
        OtherCustomer,
        Admin,
    }

    private const string Owner = "alice-matrix";

    private HttpClient ClientOf(Caller caller) => caller switch
    {
        Caller.Anonymous => factory.AnonymousClient(),
        Caller.Owner => factory.ClientFor(Owner),
        Caller.OtherCustomer => factory.ClientFor("bob-matrix"),
        _ => factory.ClientFor("ops", "admin"),
    };

    /// <summary>An order of <see cref="Owner"/>'s and a product, set up by staff.</summary>
    private async Task<(Guid ProductId, Guid OrderId)> FixtureAsync()
    {
        var staff = new Shop(factory.CreateClient());
        var product = await staff.ProductAsync();
        (await staff.AddAsync(product.Id, 1, Owner)).EnsureSuccessStatusCode();
        var placed = await staff.CheckoutAsync(user: Owner);
        placed.StatusCode.Should().Be(HttpStatusCode.Accepted);
        return (product.Id, (await placed.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId);
    }

    public static TheoryData<string, string, Caller, HttpStatusCode> Matrix()
    {
        var data = new TheoryData<string, string, Caller, HttpStatusCode>();
        void Row(string method, string path, HttpStatusCode anonymous, HttpStatusCode owner, HttpStatusCode other, HttpStatusCode admin)
        {
            data.Add(method, path, Caller.Anonymous, anonymous);
            data.Add(method, path, Caller.Owner, owner);
            data.Add(method, path, Caller.OtherCustomer, other);
            data.Add(method, path, Caller.Admin, admin);
        }

        // "ok" means any success (a cleared basket is 204).
        const HttpStatusCode ok = HttpStatusCode.OK, unauthorized = HttpStatusCode.Unauthorized, forbidden = HttpStatusCode.Forbidden,
            notFound = HttpStatusCode.NotFound, badRequest = HttpStatusCode.BadRequest;

        // Catalog: reads are public, writes are staff's. (Writes send an empty body: past authorization it is a 400.)
        Row("GET", "/api/v1/products", ok, ok, ok, ok);
        Row("GET", "/api/v1/products/{product}", ok, ok, ok, ok);
        Row("GET", "/api/v1/categories", ok, ok, ok, ok);
        Row("POST", "/api/v1/products", unauthorized, forbidden, forbidden, badRequest);
        Row("PATCH", "/api/v1/products/{product}", unauthorized, forbidden, forbidden, ok);
        Row("DELETE", "/api/v1/products/{missing}", unauthorized, forbidden, forbidden, notFound);

        // Baskets and checkout: the owner's own, or staff.
        Row("GET", "/api/v1/baskets/{owner}", unauthorized, ok, forbidden, ok);
        Row("POST", "/api/v1/baskets/{owner}/items", unauthorized, badRequest, forbidden, badRequest);
        Row("DELETE", "/api/v1/baskets/{owner}", unauthorized, ok, forbidden, ok);
        Row("POST", "/api/v1/baskets/{owner}/checkout", unauthorized, badRequest, forbidden, badRequest);
        Row("GET", "/api/v1/baskets", unauthorized, forbidden, forbidden, ok);

        // Orders: a customer sees only their own; another's is not found. Shipping and delivery are staff's.
        Row("GET", "/api/v1/orders", unauthorized, ok, ok, ok);
        Row("GET", "/api/v1/orders?userName={owner}", unauthorized, ok, forbidden, ok);
        Row("GET", "/api/v1/orders/{order}", unauthorized, ok, notFound, ok);
        Row("GET", "/api/v1/orders/{order}/history", unauthorized, ok, notFound, ok);
        Row("POST", "/api/v1/orders/{order}/ship", unauthorized, forbidden, forbidden, badRequest);
        Row("POST", "/api/v1/orders/{order}/deliver", unauthorized, forbidden, forbidden, HttpStatusCode.Conflict);
        Row("POST", "/api/v1/orders/{order}/confirm", unauthorized, forbidden, forbidden, HttpStatusCode.Conflict); // its stock is not reserved

        // Inventory: a product's stock is public; the rest is staff's.
        Row("GET", "/api/v1/inventory/{missing}", notFound, notFound, notFound, notFound);
        Row("GET", "/api/v1/inventory/low-stock", unauthorized, forbidden, forbidden, ok);
        Row("PUT", "/api/v1/inventory/{product}", unauthorized, forbidden, forbidden, badRequest);
        Row("POST", "/api/v1/inventory/{product}/adjustments", unauthorized, forbidden, forbidden, badRequest);

        // Notifications are an operator's view.
        Row("GET", "/api/v1/notifications", unauthorized, forbidden, forbidden, ok);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_route_answers_each_caller_as_its_policy_says(string method, string path, Caller caller, HttpStatusCode expected)
    {
        var (productId, orderId) = await FixtureAsync();
        var url = path.Replace("{product}", productId.ToString(), StringComparison.Ordinal)
            .Replace("{missing}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{order}", orderId.ToString(), StringComparison.Ordinal)
            .Replace("{owner}", Owner, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = JsonContent.Create(new { });
        }

        var response = await ClientOf(caller).SendAsync(request);

        if (expected == HttpStatusCode.OK)
        {
            response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        }
        else
        {
            var problem = await Problem.ReadAsync(response, expected);
            if (expected is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                problem.Code.Should().Be(expected == HttpStatusCode.Unauthorized ? "unauthorized" : "forbidden");
            }
        }
    }

    [Fact]
    public async Task A_customer_lists_only_their_own_orders_and_cannot_cancel_another_users()
    {
        var (_, orderId) = await FixtureAsync();

        var mine = await factory.ClientFor(Owner).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/orders", Json.Options);
        mine.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("userName").GetString()).Should().OnlyContain(u => u == Owner).And.NotBeEmpty();
        var theirs = await factory.ClientFor("bob-matrix").GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/orders", Json.Options);
        theirs.GetProperty("items").EnumerateArray().Should().BeEmpty();

        var cancel = await factory.ClientFor("bob-matrix").PostAsJsonAsync($"/api/v1/orders/{orderId}/cancel", new { reason = "not mine" });
        await Problem.ReadAsync(cancel, HttpStatusCode.NotFound);
        var own = await factory.ClientFor(Owner).PostAsJsonAsync($"/api/v1/orders/{orderId}/cancel", new { reason = "changed my mind" });
        own.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Conflict); // Inventory may have answered first
    }

    [Fact]
    public async Task Another_users_order_is_not_found_whatever_version_is_asked_for_and_tells_nothing_of_its_version()
    {
        var (_, orderId) = await FixtureAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orders/{orderId}/cancel") { Content = JsonContent.Create(new { reason = "not mine" }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"999\"");

        var response = await factory.ClientFor("bob-matrix").SendAsync(request);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.NotFound);
        problem.Body.TryGetProperty("currentVersion", out _).Should().BeFalse();
        response.Headers.ETag.Should().BeNull();
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var forged = new Commerce.BuildingBlocks.Api.Security.DevelopmentTokens(
            new Commerce.BuildingBlocks.Api.Security.AuthOptions { SigningKey = "some-other-key-0123456789abcdef0123456789" }, TimeProvider.System)
            .Mint("ops", ["admin"]).AccessToken;
        var client = factory.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", forged);

        (await Problem.ReadAsync(await client.GetAsync("/api/v1/notifications"), HttpStatusCode.Unauthorized)).Code.Should().Be("unauthorized");
    }
}

public class DevelopmentTokenTests(DevelopmentApiFactory development, CommerceApiFactory testing)
    : IClassFixture<DevelopmentApiFactory>, IClassFixture<CommerceApiFactory>
{
    private static readonly string[] AdminRole = ["admin"];

    [Fact]
    public async Task In_development_a_minted_token_opens_the_protected_routes_of_its_user_and_role()
    {
        var minted = await development.AnonymousClient().PostAsJsonAsync("/dev/tokens", new { userName = "dev-alice" });
        minted.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = (await minted.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        var alice = development.AnonymousClient();
        alice.DefaultRequestHeaders.Authorization = new("Bearer", token);

        (await alice.GetAsync("/api/v1/baskets/dev-alice")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Problem.ReadAsync(await alice.GetAsync("/api/v1/notifications"), HttpStatusCode.Forbidden)).Code.Should().Be("forbidden");
        var admin = await development.AnonymousClient().PostAsJsonAsync("/dev/tokens", new { userName = "dev-ops", roles = AdminRole });
        alice.DefaultRequestHeaders.Authorization = new("Bearer", (await admin.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString());
        (await alice.GetAsync("/api/v1/baskets")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Outside_development_no_token_can_be_minted() =>
        await Problem.ReadAsync(await testing.AnonymousClient().PostAsJsonAsync("/dev/tokens", new { userName = "mallory", roles = AdminRole }), HttpStatusCode.NotFound);
}
