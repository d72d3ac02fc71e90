using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;

namespace Commerce.Api.Tests;

/// <summary>The old shop's routes as a production host serves them: on, without <c>Compatibility:AllowAnonymous</c>.</summary>
public sealed class SecuredCompatibilityApiFactory : CommerceApiFactory
{
    public const int MaxListedItems = 2;

    protected override bool CompatibilityRoutes => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Compatibility:MaxListedItems", MaxListedItems.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public class SecuredCompatibilityRoutesTests(SecuredCompatibilityApiFactory factory) : IClassFixture<SecuredCompatibilityApiFactory>
{
    private readonly HttpClient anonymous = factory.AnonymousClient();
    private readonly HttpClient staff = factory.CreateClient();

    [Theory]
    [InlineData("POST", "/product")]
    [InlineData("PUT", "/product/7c9e6679-7425-40de-944b-e07fc1f90ae7")]
    [InlineData("DELETE", "/product/7c9e6679-7425-40de-944b-e07fc1f90ae7")]
    [InlineData("GET", "/basket")]
    [InlineData("GET", "/basket/ada")]
    [InlineData("POST", "/basket")]
    [InlineData("DELETE", "/basket/ada")]
    [InlineData("POST", "/basket/checkout")]
    [InlineData("GET", "/order")]
    [InlineData("GET", "/order/ada")]
    public async Task Without_a_token_no_write_and_no_users_data(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { userName = "ada", name = "Free", price = 0m, category = "Gifts", items = Array.Empty<object>() });
        }

        var response = await anonymous.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anyone_still_reads_the_catalog()
    {
        var id = await CreateProductAsync($"Open{Guid.NewGuid():N}"[..12]);

        (await anonymous.GetAsync($"/product/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_customer_acts_for_themselves_only_and_never_as_staff()
    {
        var adaName = $"ada{Guid.NewGuid():N}"[..12];
        var ada = factory.ClientFor(adaName);
        var productId = await CreateProductAsync($"Mine{Guid.NewGuid():N}"[..12]);
        var basket = new { userName = adaName, items = new[] { new { productId, quantity = 1 } } };

        (await ada.PostAsJsonAsync("/basket", basket)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ada.GetAsync($"/basket/{adaName}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ada.GetAsync($"/order/{adaName}")).StatusCode.Should().Be(HttpStatusCode.OK);

        await Problem.ReadAsync(await ada.PostAsJsonAsync("/basket", basket with { userName = "bob" }), HttpStatusCode.Forbidden);
        await Problem.ReadAsync(await ada.GetAsync("/basket/bob"), HttpStatusCode.Forbidden);
        await Problem.ReadAsync(await ada.DeleteAsync("/basket/bob"), HttpStatusCode.Forbidden);
        await Problem.ReadAsync(await ada.GetAsync("/order/bob"), HttpStatusCode.Forbidden);
        await Problem.ReadAsync(await ada.PostAsJsonAsync("/basket/checkout", new
        {
            userName = "bob", firstName = "B", lastName = "B", email = "b@example.com", address = "x", cardInfo = "5554443322", paymentMethod = 1,
        }), HttpStatusCode.Forbidden);
        (await ada.GetAsync("/order")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ada.GetAsync("/basket")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ada.PutAsJsonAsync($"/product/{productId}", new { price = 0m })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ada.DeleteAsync($"/product/{productId}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var product = await (await anonymous.GetAsync($"/product/{productId}")).Content.ReadFromJsonAsync<JsonNode>();
        product!["body"]!["price"]!.GetValue<decimal>().Should().Be(10m, "the price is as staff set it");
    }

    [Fact]
    public async Task A_whole_list_longer_than_the_configured_maximum_is_a_problem_not_a_dump()
    {
        var full = $"Full{Guid.NewGuid():N}"[..12];
        var small = $"Small{Guid.NewGuid():N}"[..12];
        for (var i = 0; i <= SecuredCompatibilityApiFactory.MaxListedItems; i++)
        {
            await CreateProductAsync(full);
        }

        await CreateProductAsync(small);

        var problem = await Problem.ReadAsync(await anonymous.GetAsync($"/product?category={full}"), HttpStatusCode.UnprocessableEntity);
        problem.Code.Should().Be("too_many_results");
        (await anonymous.GetAsync($"/product?category={small}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<Guid> CreateProductAsync(string category)
    {
        var response = await staff.PostAsJsonAsync("/product", new { name = "Lamp", description = "d", price = 10m, category });
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!["body"]!["id"]!.GetValue<Guid>();
    }
}
