using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Api;
using Commerce.Catalog.Application.Products;
using Commerce.Inventory.Contracts;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Api.Tests;

/// <summary>
/// Every module: a product's stock reaches the catalog through Inventory's events, and a delivered order lets its buyer
/// review what they received; both show on the product and in lists.
/// </summary>
public class ReviewsAndAvailabilityTests(EventFlowApiFactory factory) : IClassFixture<EventFlowApiFactory>
{
    private readonly HttpClient staff = factory.CreateClient();

    private async Task<ProductDto> ProductAsync(string category)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/products", new
        {
            sku = $"R-{Guid.NewGuid():N}"[..20], name = "Reviewed Lamp", category, price = 25m, currency = "USD",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!;
    }

    private async Task<ProductDto> ReadAsync(Guid productId) => (await staff.GetFromJsonAsync<ProductDto>($"/api/v1/products/{productId}", Json.Options))!;

    private async Task<ProductDto> EventuallyAsync(Guid productId, Func<ProductDto, bool> condition, string what)
    {
        await Eventually.HoldsAsync(async () => condition(await ReadAsync(productId)), what);
        return await ReadAsync(productId);
    }

    /// <summary>An order of the product for <paramref name="shop"/>'s user, confirmed, shipped and delivered.</summary>
    private async Task DeliveredAsync(Shop shop, Guid productId)
    {
        (await shop.AddAsync(productId, 1)).EnsureSuccessStatusCode();
        var checkout = await shop.CheckoutAsync();
        checkout.StatusCode.Should().Be(HttpStatusCode.Accepted, await checkout.Content.ReadAsStringAsync());
        var orderId = (await checkout.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId;
        (await EventFlow.WaitForStatusAsync(staff, orderId, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);
        (await staff.PostAsJsonAsync($"/api/v1/orders/{orderId}/ship", new { trackingNumber = "T-9" })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/orders/{orderId}/deliver", new { })).EnsureSuccessStatusCode();
    }

    private static async Task<HttpResponseMessage> ReviewAsync(HttpClient customer, Guid productId, int rating, string title = "Bright and steady") =>
        await customer.PostAsJsonAsync($"/api/v1/products/{productId}/reviews", new { rating, title, text = "Lights the whole desk." });

    /// <summary>The delivery reaches the catalog through the messaging: the buyer may review once it has.</summary>
    private static async Task<ReviewResponse> ReviewOnceDeliveredAsync(HttpClient customer, Guid productId, int rating)
    {
        HttpResponseMessage? response = null;
        await Eventually.HoldsAsync(async () => (response = await ReviewAsync(customer, productId, rating)).StatusCode == HttpStatusCode.Created,
            "the delivery reached the catalog");
        return (await response!.Content.ReadFromJsonAsync<ReviewResponse>(Json.Options))!;
    }

    private static async Task RefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code, params string[] fields)
    {
        var problem = await Problem.ReadAsync(response, status);
        problem.Code.Should().Be(code);
        if (fields.Length > 0)
        {
            problem.Errors.Keys.Should().Contain(fields);
        }
    }

    [Fact]
    public async Task Stock_shows_on_the_product_and_in_lists_and_follows_reservations()
    {
        var category = $"Avail-{Guid.NewGuid():N}"[..16];
        var product = await ProductAsync(category);
        product.Should().BeEquivalentTo(new { InStock = false, Available = 0 }, "Inventory never stocked it");

        (await staff.PutAsJsonAsync($"/api/v1/inventory/{product.Id}", new { onHand = 3, lowStockThreshold = 0 })).EnsureSuccessStatusCode();
        await EventuallyAsync(product.Id, p => p.Available == 3, "the stock level reached the catalog");
        var listed = (await staff.GetFromJsonAsync<PagedResult<ProductDto>>($"/api/v1/products?category={category}", Json.Options))!;
        listed.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { InStock = true, Available = 3 });

        var shop = new Shop(staff);
        (await shop.AddAsync(product.Id, 3)).EnsureSuccessStatusCode();
        var checkout = await shop.CheckoutAsync();
        var orderId = (await checkout.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId;
        (await EventFlow.WaitForStatusAsync(staff, orderId, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);

        var soldOut = await EventuallyAsync(product.Id, p => !p.InStock, "the reservation reached the catalog");
        soldOut.Available.Should().Be(0);
        var cursorPage = (await staff.GetFromJsonAsync<CursorPage<ProductDto>>($"/api/v1/products?category={category}&limit=5", Json.Options))!;
        cursorPage.Items.Should().ContainSingle().Which.InStock.Should().BeFalse("going out of stock drops the cached list pages");
    }

    [Fact]
    public async Task A_stock_level_arriving_late_never_overwrites_a_newer_one()
    {
        var product = await ProductAsync("Late");
        var sqs = RawSqs.Of(factory);
        string Wire(int available, long revision) =>
            JsonSerializer.Serialize(new StockLevelChanged(product.Id, available, revision, DateTimeOffset.UtcNow), Json.Options);

        await sqs.SendAsync(sqs.Queue("catalog"), Guid.NewGuid().ToString(), nameof(StockLevelChanged), Wire(available: 7, revision: 5));
        await EventuallyAsync(product.Id, p => p.Available == 7, "the newer level arrived");
        await sqs.SendAsync(sqs.Queue("catalog"), Guid.NewGuid().ToString(), nameof(StockLevelChanged), Wire(available: 40, revision: 4));
        await sqs.SendAsync(sqs.Queue("catalog"), Guid.NewGuid().ToString(), nameof(StockLevelChanged), Wire(available: 0, revision: 5));
        await sqs.DrainedAsync(sqs.Queue("catalog"));

        (await ReadAsync(product.Id)).Should().BeEquivalentTo(new { Available = 7, InStock = true });
    }

    [Fact]
    public async Task A_buyer_of_a_delivered_order_reviews_once_and_the_rating_follows_edits_hiding_and_deletion()
    {
        var product = await ProductAsync("Reviews");
        (await staff.PutAsJsonAsync($"/api/v1/inventory/{product.Id}", new { onHand = 10, lowStockThreshold = 0 })).EnsureSuccessStatusCode();
        var ada = new Shop(staff);
        var grace = new Shop(staff);
        var adaClient = factory.ClientFor(ada.User);
        var graceClient = factory.ClientFor(grace.User);

        var early = await ReviewAsync(adaClient, product.Id, 5);
        await RefusedAsync(early, HttpStatusCode.UnprocessableEntity, "not_a_buyer");

        await DeliveredAsync(ada, product.Id);
        await DeliveredAsync(grace, product.Id);
        var adas = await ReviewOnceDeliveredAsync(adaClient, product.Id, 4);
        var graces = await ReviewOnceDeliveredAsync(graceClient, product.Id, 1);
        adas.AuthorName.Should().Be("Ada L.", "shoppers see a first name and an initial, never the account");
        (await ReadAsync(product.Id)).Should().BeEquivalentTo(new { AverageRating = 2.5m, ReviewCount = 2 });

        await RefusedAsync(await ReviewAsync(adaClient, product.Id, 3), HttpStatusCode.UnprocessableEntity, "already_reviewed");
        await RefusedAsync(await ReviewAsync(factory.ClientFor("never-bought"), product.Id, 5), HttpStatusCode.UnprocessableEntity, "not_a_buyer");
        (await graceClient.PutAsJsonAsync($"/api/v1/products/{product.Id}/reviews/{adas.Id}", new { rating = 1, title = "Mine now" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "only the author edits a review");

        var edited = await adaClient.PutAsJsonAsync($"/api/v1/products/{product.Id}/reviews/{adas.Id}", new { rating = 5, title = "Even better after a month" });
        edited.StatusCode.Should().Be(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        (await ReadAsync(product.Id)).Should().BeEquivalentTo(new { AverageRating = 3m, ReviewCount = 2 });

        var byStars = (await staff.GetFromJsonAsync<PagedResult<ReviewResponse>>($"/api/v1/products/{product.Id}/reviews?sort=rating_desc", Json.Options))!;
        byStars.Items.Select(r => r.Rating).Should().Equal(5, 1);
        var newest = (await staff.GetFromJsonAsync<PagedResult<ReviewResponse>>($"/api/v1/products/{product.Id}/reviews?pageSize=1", Json.Options))!;
        newest.Should().BeEquivalentTo(new { TotalCount = 2, TotalPages = 2 });
        newest.Items.Single().Id.Should().Be(graces.Id);

        var hidden = await staff.PostAsJsonAsync($"/api/v1/products/{product.Id}/reviews/{graces.Id}/hide", new { reason = "Off topic" });
        hidden.StatusCode.Should().Be(HttpStatusCode.OK, await hidden.Content.ReadAsStringAsync());
        (await ReadAsync(product.Id)).Should().BeEquivalentTo(new { AverageRating = 5m, ReviewCount = 1 });
        (await graceClient.PostAsJsonAsync($"/api/v1/products/{product.Id}/reviews/{adas.Id}/hide", new { reason = "Spite" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await adaClient.DeleteAsync($"/api/v1/products/{product.Id}/reviews/{adas.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await ReadAsync(product.Id)).Should().BeEquivalentTo(new { AverageRating = (decimal?)null, ReviewCount = 0 });
        (await staff.GetFromJsonAsync<PagedResult<ReviewResponse>>($"/api/v1/products/{product.Id}/reviews", Json.Options))!.Items.Should().BeEmpty();

        (await ReviewAsync(adaClient, product.Id, 3)).StatusCode.Should().Be(HttpStatusCode.Created, "a deleted review may be written anew");
        var listed = (await staff.GetFromJsonAsync<PagedResult<ProductDto>>("/api/v1/products?category=Reviews&pageSize=100", Json.Options))!;
        listed.Items.Single(p => p.Id == product.Id).Should().BeEquivalentTo(new { AverageRating = 3m, ReviewCount = 1 });
    }

    [Fact]
    public async Task Bad_reviews_are_refused_with_the_field_named()
    {
        var product = await ProductAsync("Reviews");
        var customer = factory.ClientFor("picky");

        var response = await customer.PostAsJsonAsync($"/api/v1/products/{product.Id}/reviews", new { rating = 6, title = "" });

        await RefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed", "rating", "title");
        await RefusedAsync(await staff.GetAsync($"/api/v1/products/{product.Id}/reviews?sort=funniest"), HttpStatusCode.BadRequest, "validation_failed", "sort");
        (await staff.GetAsync($"/api/v1/products/{Guid.NewGuid()}/reviews")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await factory.AnonymousClient().PostAsJsonAsync($"/api/v1/products/{product.Id}/reviews", new { rating = 5, title = "Anon" }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
