using System.Net;
using System.Net.Http.Json;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Products;

namespace Commerce.Api.Tests;

[Collection(SharedApi.Name)]
public class CursorPagingTests(CommerceApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly string category = $"Cursor-{Guid.NewGuid():N}"[..18];

    [Theory]
    [InlineData("newest")]
    [InlineData("price_asc")]
    [InlineData("price_desc")]
    [InlineData("name")]
    public async Task Walking_a_category_by_cursor_meets_every_product_once_in_the_order_of_the_numbered_pages(string sort)
    {
        await CreateManyAsync(23, i => (i % 4) * 5m); // equal prices: the id must break the ties the same way on both sides

        var walked = await WalkAsync(sort, limit: 5);

        var numbered = await client.GetFromJsonAsync<PagedResult<ProductDto>>($"/api/v1/products?category={category}&sort={sort}&pageSize=100", Json.Options);
        walked.Select(p => p.Id).Should().Equal(numbered!.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task Products_added_while_walking_neither_repeat_nor_push_out_the_ones_already_listed()
    {
        var existing = await CreateManyAsync(12, i => 10m + i);
        var first = await PageAsync("price_asc", 5, null);

        await CreateAsync("CHEAP", 1m);       // sorts before the cursor: not met again
        await CreateAsync("DEAR", 1_000m);    // sorts after it: met once, at the end
        var rest = new List<ProductDto>();
        for (var cursor = first.NextCursor; cursor is not null;)
        {
            var page = await PageAsync("price_asc", 5, cursor);
            rest.AddRange(page.Items);
            cursor = page.NextCursor;
        }

        first.Items.Concat(rest).Select(p => p.Sku).Should().Equal([.. existing.Select(p => p.Sku), $"{category}-DEAR".ToUpperInvariant()]);
    }

    [Fact]
    public async Task A_cursor_that_is_not_this_lists_is_a_bad_request_naming_the_cursor()
    {
        await CreateManyAsync(3, i => i);
        var byName = await PageAsync("name", 1, null);

        foreach (var cursor in new[] { "not-a-cursor", byName.NextCursor!, new string('A', 2_000) })
        {
            var problem = await Problem.ReadAsync(await client.GetAsync($"/api/v1/products?category={category}&sort=newest&limit=1&cursor={Uri.EscapeDataString(cursor)}"), HttpStatusCode.BadRequest);
            problem.Errors.Should().ContainKey("cursor");
        }

        (await Problem.ReadAsync(await client.GetAsync($"/api/v1/products?limit=0"), HttpStatusCode.BadRequest)).Errors.Should().ContainKey("limit");
    }

    private async Task<List<ProductDto>> WalkAsync(string sort, int limit)
    {
        var all = new List<ProductDto>();
        string? cursor = null;
        do
        {
            var page = await PageAsync(sort, limit, cursor);
            page.Items.Count.Should().BeLessThanOrEqualTo(limit);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return all;
    }

    private async Task<CursorPage<ProductDto>> PageAsync(string sort, int limit, string? cursor)
    {
        var url = $"/api/v1/products?category={category}&sort={sort}&limit={limit}" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}");
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CursorPage<ProductDto>>(Json.Options))!;
    }

    private async Task<List<ProductDto>> CreateManyAsync(int count, Func<int, decimal> price)
    {
        var created = new List<ProductDto>();
        for (var i = 0; i < count; i++)
        {
            created.Add(await CreateAsync($"P{i:00}", price(i)));
        }

        return created;
    }

    private async Task<ProductDto> CreateAsync(string sku, decimal price)
    {
        var response = await client.PostAsJsonAsync("/api/v1/products", new { sku = $"{category}-{sku}", name = $"Item {sku}", category, price, currency = "USD" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!;
    }
}
