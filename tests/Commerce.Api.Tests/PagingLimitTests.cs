using System.Net;
using System.Text.Json;
using Commerce.BuildingBlocks.Application.Paging;

namespace Commerce.Api.Tests;

/// <summary>Every list pages within the same limits, up to the last page its offset can reach.</summary>
[Collection(SharedApi.Name)]
public class PagingLimitTests(CommerceApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    // Notifications pages with the same validator; its module is not part of this host.
    public static TheoryData<string> Lists => ["/api/v1/products", "/api/v1/orders", "/api/v1/baskets"];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_page_past_the_last_reachable_one_is_a_400_naming_the_page(string list)
    {
        foreach (var page in new long[] { int.MaxValue, PageRequest.MaxPage + 1L })
        {
            var problem = await Problem.ReadAsync(await client.GetAsync($"{list}?page={page}&pageSize={PageRequest.MaxPageSize}"), HttpStatusCode.BadRequest);

            problem.Errors.Keys.Should().Contain("page");
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task The_last_reachable_page_at_the_largest_size_is_an_empty_page(string list)
    {
        using var response = await client.GetAsync($"{list}?page={PageRequest.MaxPage}&pageSize={PageRequest.MaxPageSize}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("items").GetArrayLength().Should().Be(0);
        body.GetProperty("page").GetInt32().Should().Be(PageRequest.MaxPage);
    }
}
