using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.BuildingBlocks.Api.Security;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Products;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using StackExchange.Redis;

namespace Commerce.Api.Tests;

/// <summary>
/// A host whose nodes keep cached reads in memory far longer than a test runs, so a change read elsewhere within
/// seconds can only have been told to the other node, not waited out.
/// </summary>
public sealed class CachedCatalogFactory : CommerceApiFactory
{
    public static readonly TimeSpan LocalExpiration = TimeSpan.FromMinutes(10);

    /// <summary>How soon another node reads a change: a message through Redis, not an expiry.</summary>
    public static readonly TimeSpan Propagation = TimeSpan.FromSeconds(2);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Caching:LocalExpiration", LocalExpiration.ToString());
    }

    /// <summary>Another node of the same shop: same database, same Redis keys, its own memory.</summary>
    public WebApplicationFactory<Program> OtherNode(string? redis = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Commerce", ConnectionString);
            builder.UseSetting("ConnectionStrings:Redis", redis ?? "127.0.0.1:6379");
            builder.UseSetting("Caching:InstanceName", QueuePrefix);
            builder.UseSetting("Caching:LocalExpiration", LocalExpiration.ToString());
            builder.UseSetting("Modules:Enabled:0", "Catalog");
            builder.UseSetting("Auth:SigningKey", SigningKey);
            builder.UseSetting("Auth:Issuer", Issuer);
            builder.UseSetting("Sqs:AutoProvisionQueues", "true");
            builder.UseSetting("Sqs:QueuePrefix", QueuePrefix);
            builder.UseSetting("Notifications:Email:Delivery", "PickupFolder");
            builder.UseSetting("Payments:Provider", "Test");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        });
}

public class CachedReadsTests(CachedCatalogFactory factory) : IClassFixture<CachedCatalogFactory>
{
    private readonly HttpClient node = factory.CreateClient();
    private readonly string category = $"Cache-{Guid.NewGuid():N}"[..16];

    [Fact]
    public async Task A_read_is_kept_in_redis_and_a_change_is_read_at_once_here_and_within_seconds_on_another_node()
    {
        await using var other = factory.OtherNode();
        var otherNode = Authorized(other.CreateClient());
        var product = await CreateAsync("CACHE-1", 10m);
        (await PriceOnAsync(otherNode, product.Id)).Should().Be(10m);
        (await PriceOnAsync(node, product.Id)).Should().Be(10m);
        await using var redis = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:6379");
        redis.GetServers().Single().Keys(pattern: $"{factory.QueuePrefix}*catalog:product:{product.Id:N}")
            .Should().ContainSingle("the read is shared through Redis");

        (await node.PatchAsJsonAsync($"/api/v1/products/{product.Id}", new { price = 12m })).StatusCode.Should().Be(HttpStatusCode.OK);
        var changedAt = Stopwatch.StartNew();

        (await PriceOnAsync(node, product.Id)).Should().Be(12m, "the changing node drops its own entry at once");
        await Eventually.HoldsAsync(async () => await PriceOnAsync(otherNode, product.Id) == 12m, "the other node reads the change", 10);
        changedAt.Elapsed.Should().BeLessThan(CachedCatalogFactory.Propagation);
    }

    [Fact]
    public async Task A_new_product_is_on_another_nodes_cached_category_page_within_seconds()
    {
        await using var other = factory.OtherNode();
        var otherNode = Authorized(other.CreateClient());
        await CreateAsync("ELSEWHERE-1", 5m);
        (await PageAsync(otherNode)).TotalCount.Should().Be(1);

        await CreateAsync("ELSEWHERE-2", 6m);
        var createdAt = Stopwatch.StartNew();

        await Eventually.HoldsAsync(async () => (await PageAsync(otherNode)).TotalCount == 2, "the other node drops its cached page", 10);
        createdAt.Elapsed.Should().BeLessThan(CachedCatalogFactory.Propagation);
    }

    [Fact]
    public async Task A_new_product_is_on_its_category_page_at_once_though_the_page_was_cached()
    {
        await CreateAsync("PAGE-1", 5m);
        (await PageAsync(node)).TotalCount.Should().Be(1);

        await CreateAsync("PAGE-2", 6m);

        (await PageAsync(node)).Items.Select(p => p.Sku).Should().BeEquivalentTo(["PAGE-1", "PAGE-2"]);
    }

    [Fact]
    public async Task Without_redis_reads_still_answer_and_readiness_says_redis_is_degraded()
    {
        var product = await CreateAsync("NO-REDIS", 7m);
        await using var cut = factory.OtherNode(redis: "127.0.0.1:1");
        var client = Authorized(cut.CreateClient());

        (await PriceOnAsync(client, product.Id)).Should().Be(7m);
        (await client.GetAsync($"/api/v1/products?category={category}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;

        ready.StatusCode.Should().Be(HttpStatusCode.OK, "a node without its cache still serves");
        checks.GetProperty("status").GetString().Should().Be("Degraded");
        checks.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString().Should().Be("Degraded");
    }

    private static HttpClient Authorized(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CommerceApiFactory.TokenFor("staff", Roles.Admin));
        return client;
    }

    private async Task<ProductDto> CreateAsync(string sku, decimal price)
    {
        var response = await node.PostAsJsonAsync("/api/v1/products", new { sku, name = sku, category, price, currency = "USD" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!;
    }

    private static async Task<decimal> PriceOnAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<ProductDto>($"/api/v1/products/{id}", Json.Options))!.Price;

    private async Task<PagedResult<ProductDto>> PageAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<PagedResult<ProductDto>>($"/api/v1/products?category={category}", Json.Options))!;
}
