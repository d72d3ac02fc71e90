using System.Net;
using System.Net.Http.Json;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Products;

namespace Commerce.Api.Tests;

[Collection(SharedApi.Name)]
public class ProductDescriptionTests(CommerceApiFactory factory)
{
    private const string Products = "/api/v1/products";
    private readonly HttpClient client = factory.CreateClient();
    private readonly string tag = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Tags_and_specifications_are_kept_in_order_shown_and_filtered_by()
    {
        var created = await CreateAsync("WATCH", [$"Water-{tag}", " gps ", $"water-{tag}"], [new("Weight", "48 g"), new("Battery", "36 h")]);

        created.Tags.Should().Equal($"water-{tag}", "gps");
        created.Specifications.Should().Equal(new ProductSpecificationDto("Weight", "48 g"), new ProductSpecificationDto("Battery", "36 h"));
        await CreateAsync("PLAIN", [], []);

        var byTag = await client.GetFromJsonAsync<PagedResult<ProductDto>>($"{Products}?tag=WATER-{tag}", Json.Options);
        var byCursor = await client.GetFromJsonAsync<CursorPage<ProductDto>>($"{Products}?tag=water-{tag}&limit=5", Json.Options);

        byTag!.Items.Select(p => p.Id).Should().Equal(created.Id);
        byCursor!.Items.Select(p => p.Id).Should().Equal(created.Id);
    }

    [Fact]
    public async Task A_partial_update_keeps_tags_and_specifications_it_was_not_given_and_replaces_the_ones_it_was()
    {
        var created = await CreateAsync("KEEP", ["a", "b"], [new("Colour", "Red")]);

        var patched = await client.PatchAsJsonAsync($"{Products}/{created.Id}", new { price = 3m });
        var retagged = await client.PatchAsJsonAsync($"{Products}/{created.Id}", new { tags = (string[])["c"] });

        (await patched.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!.Specifications.Should().ContainSingle();
        var last = (await retagged.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!;
        last.Tags.Should().Equal("c");
        last.Specifications.Should().Equal(new ProductSpecificationDto("Colour", "Red"));
    }

    [Fact]
    public async Task Bad_tags_and_specifications_are_refused_by_field_and_store_nothing()
    {
        var badTag = await PostAsync("BAD1", ["no spaces allowed"], []);
        var tooMany = await PostAsync("BAD2", [.. Enumerable.Range(0, 21).Select(i => $"t{i}")], []);
        var twice = await PostAsync("BAD3", [], [new("Size", "M"), new("size", "L")]);
        var empty = await PostAsync("BAD4", [], [new("Size", "")]);

        (await Problem.ReadAsync(badTag, HttpStatusCode.BadRequest)).Errors.Should().ContainKey("tags[0]");
        (await Problem.ReadAsync(tooMany, HttpStatusCode.BadRequest)).Errors.Should().ContainKey("tags");
        (await Problem.ReadAsync(twice, HttpStatusCode.BadRequest)).Errors.Should().ContainKey("specifications");
        (await Problem.ReadAsync(empty, HttpStatusCode.BadRequest)).Errors.Keys.Should().Contain(k => k.StartsWith("specifications", StringComparison.Ordinal));
        var listed = await client.GetFromJsonAsync<PagedResult<ProductDto>>($"{Products}?category=Cat-{tag}", Json.Options);
        listed!.TotalCount.Should().Be(0);
    }

    private Task<HttpResponseMessage> PostAsync(string sku, string[] tags, SpecificationRequest[] specifications) =>
        client.PostAsJsonAsync(Products, new
        {
            sku = $"{tag}-{sku}",
            name = sku,
            category = $"Cat-{tag}",
            price = 10m,
            currency = "USD",
            tags,
            specifications,
        });

    private async Task<ProductDto> CreateAsync(string sku, string[] tags, SpecificationRequest[] specifications)
    {
        var response = await PostAsync(sku, tags, specifications);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!;
    }

    private sealed record SpecificationRequest(string Name, string Value);
}
