using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Commerce.Api.Tests;

/// <summary>A host with small limits: five requests a minute per client, two checkouts, 4 KiB bodies.</summary>
public sealed class LimitedApiFactory : CommerceApiFactory
{
    protected override bool RateLimited => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:Global:PermitLimit", "5");
        builder.UseSetting("RateLimiting:Global:Window", "00:01:00");
        builder.UseSetting("RateLimiting:Policies:checkout:PermitLimit", "2");
        builder.UseSetting("RateLimiting:Policies:checkout:Window", "00:01:00");
        builder.UseSetting("Http:MaxRequestBodyBytes", "4096");
    }
}

public class LimitsTests(LimitedApiFactory factory) : IClassFixture<LimitedApiFactory>
{
    [Fact]
    public async Task Over_its_budget_a_client_gets_429_problem_details_with_retry_after_and_other_clients_keep_theirs()
    {
        var carol = factory.ClientFor("carol-limits");
        for (var i = 0; i < 5; i++)
        {
            (await carol.GetAsync("/api/v1/baskets/carol-limits")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var refused = await carol.GetAsync("/api/v1/baskets/carol-limits");

        var problem = await Problem.ReadAsync(refused, HttpStatusCode.TooManyRequests);
        problem.Code.Should().Be("too_many_requests");
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        (await factory.ClientFor("dave-limits").GetAsync("/api/v1/baskets/dave-limits")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Checkout_has_its_own_smaller_budget()
    {
        var erin = factory.ClientFor("erin-limits");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await erin.PostAsJsonAsync("/api/v1/baskets/erin-limits/checkout", Shop.CheckoutBody())).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_body_over_the_configured_limit_is_413_and_changes_nothing()
    {
        var admin = factory.ClientFor("ops-limits", "admin");
        var huge = JsonSerializer.Serialize(new { sku = "HUGE-1", name = "Huge", category = "Test", price = 1m, currency = "USD", description = new string('x', 5000) });

        var response = await admin.PostAsync("/api/v1/products", new StringContent(huge, System.Text.Encoding.UTF8, "application/json"));

        (await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge)).Code.Should().Be("payload_too_large");
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/products?search=Huge");
        list.GetProperty("totalCount").GetInt64().Should().Be(0);
    }
}
