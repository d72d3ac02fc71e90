using System.Net;
using System.Net.Http.Json;
using Commerce.Basket.Application.Baskets;

namespace Commerce.Api.Tests;

[Collection(SharedApi.Name)]
public class BasketApiTests(CommerceApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly Shop shop = new(factory.CreateClient());

    [Fact]
    public async Task A_user_without_a_basket_has_an_empty_one()
    {
        var basket = await shop.BasketAsync();

        basket.UserName.Should().Be(shop.User);
        basket.Items.Should().BeEmpty();
        basket.ItemCount.Should().Be(0);
        basket.Subtotal.Should().Be(0);
    }

    [Fact]
    public async Task Items_take_name_and_price_from_the_catalog_and_totals_follow()
    {
        var widget = await shop.ProductAsync(price: 2.50m, name: "Widget");
        var gadget = await shop.ProductAsync(price: 10m, name: "Gadget");

        await shop.AddAsync(widget.Id, 2);
        await shop.AddAsync(gadget.Id, 1);
        var basket = (await (await shop.AddAsync(widget.Id, 1)).Content.ReadFromJsonAsync<BasketDto>(Json.Options))!;

        basket.Items.Should().BeEquivalentTo(new[]
        {
            new BasketLineDto(widget.Id, "Widget", 2.50m, 3, 7.50m),
            new BasketLineDto(gadget.Id, "Gadget", 10m, 1, 10m),
        });
        basket.ItemCount.Should().Be(4);
        basket.Subtotal.Should().Be(17.50m);
        basket.Currency.Should().Be("USD");
        (await shop.BasketAsync()).Should().BeEquivalentTo(basket);
    }

    [Fact]
    public async Task A_client_cannot_set_the_price()
    {
        var widget = await shop.ProductAsync(price: 99m);

        var response = await client.PostAsJsonAsync($"/api/v1/baskets/{shop.User}/items", new { productId = widget.Id, quantity = 1, unitPrice = 0.01m });

        (await response.Content.ReadFromJsonAsync<BasketDto>(Json.Options))!.Items.Single().UnitPrice.Should().Be(99m);
    }

    [Fact]
    public async Task Quantities_can_be_changed_and_items_removed_and_the_basket_cleared()
    {
        var widget = await shop.ProductAsync(price: 3m);
        var gadget = await shop.ProductAsync(price: 5m);
        await shop.AddAsync(widget.Id, 1);
        await shop.AddAsync(gadget.Id, 1);

        var changed = await client.PutAsJsonAsync($"/api/v1/baskets/{shop.User}/items/{widget.Id}", new { quantity = 4 });
        (await changed.Content.ReadFromJsonAsync<BasketDto>(Json.Options))!.Subtotal.Should().Be(17m);

        var removed = await client.DeleteAsync($"/api/v1/baskets/{shop.User}/items/{gadget.Id}");
        (await removed.Content.ReadFromJsonAsync<BasketDto>(Json.Options))!.Items.Should().ContainSingle().Which.Quantity.Should().Be(4);

        (await client.DeleteAsync($"/api/v1/baskets/{shop.User}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await shop.BasketAsync()).Items.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100)]
    public async Task Quantities_out_of_bounds_are_refused_naming_the_quantity(int quantity)
    {
        var widget = await shop.ProductAsync();

        var problem = await Problem.ReadAsync(await shop.AddAsync(widget.Id, quantity), HttpStatusCode.BadRequest);

        problem.Errors.Keys.Should().Equal("quantity");
        (await shop.BasketAsync()).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Adding_beyond_the_line_maximum_is_refused_and_keeps_the_line()
    {
        var widget = await shop.ProductAsync();
        await shop.AddAsync(widget.Id, 60);

        var problem = await Problem.ReadAsync(await shop.AddAsync(widget.Id, 60), HttpStatusCode.BadRequest);

        problem.Code.Should().Be("invalid_quantity");
        (await shop.BasketAsync()).Items.Single().Quantity.Should().Be(60);
    }

    [Fact]
    public async Task An_unknown_product_is_a_400_naming_the_product()
    {
        var problem = await Problem.ReadAsync(await shop.AddAsync(Guid.NewGuid(), 1), HttpStatusCode.BadRequest);

        problem.Code.Should().Be("unknown_product");
        problem.Errors.Keys.Should().Equal("productId");
    }

    [Fact]
    public async Task Changing_an_item_that_is_not_in_the_basket_is_not_found()
    {
        var problem = await Problem.ReadAsync(
            await client.PutAsJsonAsync($"/api/v1/baskets/{shop.User}/items/{Guid.NewGuid()}", new { quantity = 1 }), HttpStatusCode.NotFound);

        problem.Code.Should().Be("basket_item_not_found");
    }

    [Fact]
    public async Task Products_in_another_currency_cannot_join_the_basket()
    {
        await shop.AddAsync((await shop.ProductAsync(currency: "USD")).Id, 1);

        var problem = await Problem.ReadAsync(await shop.AddAsync((await shop.ProductAsync(currency: "EUR")).Id, 1), HttpStatusCode.UnprocessableEntity);

        problem.Code.Should().Be("currency_mismatch");
    }

    [Fact]
    public async Task A_malformed_user_name_is_refused()
    {
        var problem = await Problem.ReadAsync(await client.GetAsync("/api/v1/baskets/bad%20name%21"), HttpStatusCode.BadRequest);

        problem.Errors.Keys.Should().Equal("userName");
    }

    [Theory]
    [InlineData("Red\r\nBcc: victim@example.com")]
    [InlineData("Red\u202Egnp.exe")]
    public async Task A_colour_with_control_or_bidi_characters_is_a_400_naming_the_colour_and_nothing_is_stored(string color)
    {
        var widget = await shop.ProductAsync(name: "Widget");

        var added = await client.PostAsJsonAsync($"/api/v1/baskets/{shop.User}/items", new { productId = widget.Id, quantity = 1, color });
        var replaced = await client.PutAsJsonAsync($"/api/v1/baskets/{shop.User}", new { items = new[] { new { productId = widget.Id, quantity = 1, color } } });

        (await Problem.ReadAsync(added, HttpStatusCode.BadRequest)).Errors.Keys.Should().Equal("color");
        (await Problem.ReadAsync(replaced, HttpStatusCode.BadRequest)).Errors.Keys.Should().ContainSingle().Which.Should().EndWith("color");
        (await shop.BasketAsync()).Items.Should().BeEmpty();
    }
}
