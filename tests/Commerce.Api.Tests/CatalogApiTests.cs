using System.Net;
using System.Net.Http.Json;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;

namespace Commerce.Api.Tests;

[Collection(SharedApi.Name)]
public class CatalogApiTests(CommerceApiFactory factory)
{
    private const string Products = "/api/v1/products";
    private readonly HttpClient client = factory.CreateClient();

    // Every test works in categories and SKUs of its own, so tests sharing the database never see each other.
    private readonly string tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private object NewProduct(string sku = "A", string name = "Phone", decimal price = 10m, string? category = null, string description = "A phone") => new
    {
        sku = $"{tag}-{sku}",
        name,
        description,
        category = category ?? $"Cat-{tag}",
        price,
        currency = "USD",
        imageFile = "phone.png",
    };

    private async Task<ProductDto> CreateAsync(object product)
    {
        var response = await client.PostAsJsonAsync(Products, product);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!;
    }

    private async Task<PagedResult<ProductDto>> ListAsync(string query) =>
        (await client.GetFromJsonAsync<PagedResult<ProductDto>>($"{Products}?{query}", Json.Options))!;

    [Fact]
    public async Task A_created_product_gets_a_server_id_and_can_be_read_back_at_its_location()
    {
        var response = await client.PostAsJsonAsync(Products, NewProduct());
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!;

        var read = await client.GetFromJsonAsync<ProductDto>(response.Headers.Location, Json.Options);

        read.Should().BeEquivalentTo(created);
        created.Id.Should().NotBeEmpty();
        created.Sku.Should().Be($"{tag}-A");
        created.Price.Should().Be(10m);
        created.CreatedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Put_replaces_every_field_and_patch_changes_only_the_given_ones()
    {
        var product = await CreateAsync(NewProduct());

        var put = await client.PutAsJsonAsync($"{Products}/{product.Id}", new { sku = $"{tag}-B", name = "Phone 2", category = "Other", price = 20m, currency = "EUR" });
        var replaced = (await put.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!;
        replaced.Should().BeEquivalentTo(new { Sku = $"{tag}-B", Name = "Phone 2", Description = "", ImageFile = (string?)null, Price = 20m, Currency = "EUR" });

        var patch = await client.PatchAsJsonAsync($"{Products}/{product.Id}", new { price = 25.5m });
        var changed = (await patch.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!;
        changed.Should().BeEquivalentTo(replaced with { Price = 25.5m, UpdatedAt = changed.UpdatedAt, Version = replaced.Version + 1 });
        changed.UpdatedAt.Should().BeAfter(product.UpdatedAt);
        changed.CreatedAt.Should().Be(product.CreatedAt);
    }

    [Fact]
    public async Task A_deleted_product_is_gone()
    {
        var product = await CreateAsync(NewProduct());

        (await client.DeleteAsync($"{Products}/{product.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var problem = await Problem.ReadAsync(await client.GetAsync($"{Products}/{product.Id}"), HttpStatusCode.NotFound);
        problem.Code.Should().Be("product_not_found");
        await Problem.ReadAsync(await client.DeleteAsync($"{Products}/{product.Id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invalid_fields_are_all_named_and_nothing_is_written()
    {
        var response = await client.PostAsJsonAsync(Products, new { sku = $"{tag}-A", category = $"Cat-{tag}", price = -5m, currency = "XYZ" });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Code.Should().Be("validation_failed");
        problem.Errors.Keys.Should().BeEquivalentTo("name", "price", "currency");
        (await ListAsync($"category=Cat-{tag}")).TotalCount.Should().Be(0);
    }

    [Theory]
    [InlineData("1.5", "JPY")]
    [InlineData("19.999", "EUR")]
    [InlineData("1.2345", "KWD")]
    public async Task A_price_finer_than_its_currencys_smallest_unit_is_a_400_naming_the_price(string price, string currency)
    {
        var response = await client.PostAsJsonAsync(Products, new
        {
            sku = $"{tag}-M", name = "Mug", category = $"Cat-{tag}", price = decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), currency,
        });

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys.Should().Equal("price");
        (await ListAsync($"category=Cat-{tag}")).TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task A_partial_update_whose_price_does_not_fit_the_stored_currency_is_a_400_naming_the_price()
    {
        var yen = await CreateAsync(new { sku = $"{tag}-Y", name = "Fan", category = $"Cat-{tag}", price = 1500m, currency = "JPY" });

        var problem = await Problem.ReadAsync(await client.PatchAsJsonAsync($"{Products}/{yen.Id}", new { price = 1.5m }), HttpStatusCode.BadRequest);

        problem.Errors.Keys.Should().Equal("price");
        (await client.GetFromJsonAsync<ProductDto>($"{Products}/{yen.Id}", Json.Options))!.Price.Should().Be(1500m);
        (await client.PostAsJsonAsync(Products, new { sku = $"{tag}-K", name = "Lamp", category = $"Cat-{tag}", price = 1.125m, currency = "KWD" }))
            .StatusCode.Should().Be(HttpStatusCode.Created, "a fils is a thousandth of a dinar");
    }

    [Fact]
    public async Task Text_postgresql_cannot_store_is_refused_as_bad_input_and_nothing_is_written()
    {
        var response = await client.PostAsJsonAsync(Products, NewProduct(description: "A phone\u0000with a NUL"));

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Code.Should().Be("unstorable_text");
        (await ListAsync($"category=Cat-{tag}")).TotalCount.Should().Be(0);
        (await client.GetAsync($"{Products}?category=Cat%00{tag}")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a NUL in a filter is the same bad input");
    }

    [Fact]
    public async Task An_invalid_partial_update_changes_nothing()
    {
        var product = await CreateAsync(NewProduct());

        var problem = await Problem.ReadAsync(
            await client.PatchAsJsonAsync($"{Products}/{product.Id}", new { name = "Renamed", currency = "ABC" }), HttpStatusCode.BadRequest);

        problem.Errors.Keys.Should().Equal("currency");
        (await client.GetFromJsonAsync<ProductDto>($"{Products}/{product.Id}", Json.Options))!.Name.Should().Be("Phone");
    }

    [Fact]
    public async Task A_creation_retried_with_its_idempotency_key_creates_one_product_and_answers_alike()
    {
        var key = Guid.NewGuid().ToString();
        Task<HttpResponseMessage> Create(object product) => client.PostAsync(Products, product, key);

        var first = await Create(NewProduct());
        var again = await Create(NewProduct());

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        again.StatusCode.Should().Be(HttpStatusCode.Created);
        again.Headers.Location.Should().Be(first.Headers.Location);
        (await again.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!.Id.Should().Be((await first.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!.Id);
        (await Problem.ReadAsync(await Create(NewProduct(sku: "B")), HttpStatusCode.UnprocessableEntity)).Code.Should().Be("idempotency_key_reused");
        (await ListAsync($"category=Cat-{tag}")).TotalCount.Should().Be(1);
    }

    [Fact]
    public async Task A_duplicate_sku_is_a_conflict_naming_the_sku()
    {
        await CreateAsync(NewProduct(sku: "DUP"));

        var problem = await Problem.ReadAsync(await client.PostAsJsonAsync(Products, NewProduct(sku: "dup", name: "Other")), HttpStatusCode.Conflict);

        problem.Code.Should().Be("sku_taken");
        problem.Errors.Keys.Should().Equal("sku");
        (await ListAsync($"category=Cat-{tag}")).Items.Should().ContainSingle().Which.Name.Should().Be("Phone");
    }

    [Fact]
    public async Task Racing_creates_with_one_sku_store_exactly_one_product()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            factory.CreateClient().PostAsJsonAsync(Products, NewProduct(sku: "RACE", name: $"Racer {i}"))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            (await Problem.ReadAsync(loser, HttpStatusCode.Conflict)).Code.Should().Be("sku_taken");
        }

        (await ListAsync($"category=Cat-{tag}")).TotalCount.Should().Be(1);
    }

    [Theory]
    [InlineData("{\"sku\": \"X-1\", \"name\": ", "name")]
    [InlineData("{\"sku\": \"X-1\", \"price\": \"ten\"}", "price")]
    [InlineData("{\"sku\": \"X-1\", \"name\": 42}", "name")]
    [InlineData("[1, 2]", "body")]
    public async Task Malformed_json_and_wrong_types_are_400s_naming_the_field(string body, string field)
    {
        var response = await client.PostAsync(Products, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Code.Should().Be("malformed_json");
        problem.Errors.Keys.Should().Equal(field);
    }

    [Theory]
    [InlineData("page=abc", "page")]
    [InlineData("minPrice=cheap", "minPrice")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("sort=random", "sort")]
    [InlineData("minPrice=10&maxPrice=5", "maxPrice")]
    public async Task Bad_list_parameters_are_400s_naming_the_parameter(string query, string field)
    {
        var problem = await Problem.ReadAsync(await client.GetAsync($"{Products}?{query}"), HttpStatusCode.BadRequest);

        problem.Errors.Keys.Should().Contain(field);
    }

    [Fact]
    public async Task Unknown_routes_and_media_types_are_problems_too()
    {
        (await Problem.ReadAsync(await client.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound)).Code.Should().Be("not_found");
        (await Problem.ReadAsync(await client.PostAsync(Products, new StringContent("x")), HttpStatusCode.UnsupportedMediaType))
            .Code.Should().Be("unsupported_media_type");
    }

    [Fact]
    public async Task Pages_have_a_total_and_a_stable_order_without_gaps_or_repeats()
    {
        for (var i = 0; i < 5; i++)
        {
            await CreateAsync(NewProduct(sku: $"P{i}", price: 10m));
        }

        var pages = new List<ProductDto>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await ListAsync($"category=Cat-{tag}&pageSize=2&page={page}&sort=price_asc");
            result.TotalCount.Should().Be(5);
            result.TotalPages.Should().Be(3);
            pages.AddRange(result.Items);
        }

        pages.Select(p => p.Sku).Should().OnlyHaveUniqueItems().And.HaveCount(5);
        (await ListAsync($"category=Cat-{tag}&pageSize=2&page=4")).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Lists_filter_by_category_and_price_range_and_sort()
    {
        await CreateAsync(NewProduct(sku: "C", name: "Cherry", price: 30m));
        await CreateAsync(NewProduct(sku: "A", name: "Apple", price: 10m));
        await CreateAsync(NewProduct(sku: "B", name: "Banana", price: 20m));
        await CreateAsync(NewProduct(sku: "D", name: "Durian", price: 40m, category: $"Elsewhere-{tag}"));

        string[] Names(PagedResult<ProductDto> page) => [.. page.Items.Select(p => p.Name)];

        Names(await ListAsync($"category=Cat-{tag}&sort=price_asc")).Should().Equal("Apple", "Banana", "Cherry");
        Names(await ListAsync($"category=Cat-{tag}&sort=price_desc")).Should().Equal("Cherry", "Banana", "Apple");
        Names(await ListAsync($"category=Cat-{tag}&sort=name")).Should().Equal("Apple", "Banana", "Cherry");
        Names(await ListAsync($"category=Cat-{tag}&sort=newest")).Should().Equal("Banana", "Apple", "Cherry");
        Names(await ListAsync($"category=Cat-{tag}&minPrice=15&maxPrice=30&sort=price_asc")).Should().Equal("Banana", "Cherry");
    }

    [Fact]
    public async Task Full_text_search_finds_words_in_names_and_descriptions_with_stemming()
    {
        var category = $"Search-{tag}";
        await CreateAsync(NewProduct(sku: "S1", name: "Boom Speaker", description: "Waterproof and loud", category: category));
        await CreateAsync(NewProduct(sku: "S2", name: "Studio Headphones", description: "Closed-back, for mixing speakers", category: category));
        await CreateAsync(NewProduct(sku: "S3", name: "Cable", description: "Plain copper", category: category));

        string[] Skus(PagedResult<ProductDto> page) => [.. page.Items.Select(p => p.Sku).Order()];

        Skus(await ListAsync($"category={category}&search=speakers")).Should().Equal($"{tag}-S1", $"{tag}-S2");
        Skus(await ListAsync($"category={category}&search=waterproof")).Should().Equal($"{tag}-S1");
        Skus(await ListAsync($"category={category}&search=mixing%20headphone")).Should().Equal($"{tag}-S2");
        Skus(await ListAsync($"category={category}&search=Search")).Should().BeEmpty("the category is not searched");
    }

    [Fact]
    public async Task Categories_come_with_their_product_counts()
    {
        await CreateAsync(NewProduct(sku: "A", category: $"Cam-{tag}"));
        await CreateAsync(NewProduct(sku: "B", category: $"Cam-{tag}"));
        await CreateAsync(NewProduct(sku: "C", category: $"Hub-{tag}"));

        var categories = (await client.GetFromJsonAsync<List<CategorySummary>>("/api/v1/categories", Json.Options))!;

        categories.Should().ContainEquivalentOf(new CategorySummary($"Cam-{tag}", 2));
        categories.Should().ContainEquivalentOf(new CategorySummary($"Hub-{tag}", 1));
        categories.Select(c => c.Name).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Guid id, string? ifMatch, object? body = null)
    {
        var request = new HttpRequestMessage(method, $"{Products}/{id}") { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_product_carries_its_version_as_etag_and_a_stale_if_match_changes_nothing()
    {
        var product = await CreateAsync(NewProduct());
        var read = await client.GetAsync($"{Products}/{product.Id}");
        read.Headers.ETag!.Tag.Should().Be("\"1\"");

        var changed = await SendAsync(HttpMethod.Patch, product.Id, "\"1\"", new { price = 12m });
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        changed.Headers.ETag!.Tag.Should().Be("\"2\"");
        (await SendAsync(HttpMethod.Patch, product.Id, "\"2\"", new { price = 12m })).Headers.ETag!.Tag.Should().Be("\"2\"", "an identical change is no change");

        var stale = await Problem.ReadAsync(await SendAsync(HttpMethod.Put, product.Id, "\"1\"", NewProduct(price: 99m)), HttpStatusCode.PreconditionFailed);
        stale.Code.Should().Be("version_mismatch");
        stale.Body.GetProperty("currentVersion").GetInt64().Should().Be(2);
        await Problem.ReadAsync(await SendAsync(HttpMethod.Delete, product.Id, "\"1\""), HttpStatusCode.PreconditionFailed);

        var current = (await client.GetFromJsonAsync<ProductDto>($"{Products}/{product.Id}", Json.Options))!;
        current.Price.Should().Be(12m);
        current.Version.Should().Be(2);
        (await SendAsync(HttpMethod.Delete, product.Id, "\"2\"")).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Of_two_racing_changes_from_the_same_version_one_wins_and_the_other_is_refused()
    {
        var product = await CreateAsync(NewProduct());

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => SendAsync(HttpMethod.Patch, product.Id, "\"1\"", new { price = 20m + i })));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => r.StatusCode)
            .Should().OnlyContain(status => status == HttpStatusCode.PreconditionFailed || status == HttpStatusCode.Conflict);
        (await client.GetFromJsonAsync<ProductDto>($"{Products}/{product.Id}", Json.Options))!.Version.Should().Be(2);
    }
}
