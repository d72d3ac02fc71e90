using System.Net;
using System.Net.Http.Json;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.PlaceOrder;

namespace Commerce.Api.Tests;

[Collection(SharedApi.Name)]
public class OrderCursorPagingTests(CommerceApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly Shop shop = new(factory.CreateClient());

    [Fact]
    public async Task A_users_orders_walked_by_cursor_are_the_numbered_list_and_new_orders_do_not_repeat_any()
    {
        var product = await shop.ProductAsync();
        for (var i = 0; i < 7; i++)
        {
            await PlaceAsync(product.Id);
        }

        var first = await PageAsync($"/api/v1/users/{shop.User}/orders?limit=3");
        await PlaceAsync(product.Id); // newer than the cursor: not met on the later pages
        var walked = new List<OrderDto>(first.Items);
        for (var cursor = first.NextCursor; cursor is not null;)
        {
            var page = await PageAsync($"/api/v1/orders?userName={shop.User}&limit=3&cursor={Uri.EscapeDataString(cursor)}");
            walked.AddRange(page.Items);
            cursor = page.NextCursor;
        }

        var numbered = (await client.GetFromJsonAsync<PagedResult<OrderDto>>($"/api/v1/orders?userName={shop.User}&pageSize=100", Json.Options))!;
        walked.Select(o => o.Id).Should().Equal(numbered.Items.Skip(1).Select(o => o.Id), "all but the order placed meanwhile, in the same order");
        (await Problem.ReadAsync(await client.GetAsync("/api/v1/orders?limit=2&cursor=nope"), HttpStatusCode.BadRequest)).Errors.Should().ContainKey("cursor");
    }

    private async Task PlaceAsync(Guid productId)
    {
        await shop.AddAsync(productId, 1);
        var response = await shop.CheckoutAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options)).Should().NotBeNull();
    }

    private async Task<CursorPage<OrderDto>> PageAsync(string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CursorPage<OrderDto>>(Json.Options))!;
    }
}
