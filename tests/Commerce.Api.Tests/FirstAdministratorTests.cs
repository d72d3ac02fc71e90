using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Commerce.Api.Tests;

/// <summary>
/// A new shop's first staff member: the address is named in <c>Users:Administrators</c> and the next start makes
/// its account staff. Two hosts in turn on one database (never at once: one Wolverine node at a time).
/// </summary>
public class FirstAdministratorTests(UsersApiFactory factory) : IClassFixture<UsersApiFactory>
{
    [Fact]
    public async Task The_configured_address_is_staff_after_the_next_start()
    {
        const string email = "first.admin@example.com";
        await using (var before = factory.WithWebHostBuilder(_ => { }))
        {
            (await before.CreateClient().PostAsJsonAsync("/api/v1/users", new { email, password = "the owner's password", name = "Owner" }))
                .StatusCode.Should().Be(HttpStatusCode.Accepted);
            (await RolesAfterSignInAsync(before.CreateClient(), email)).Should().BeEmpty();
        }

        await using var after = factory.WithWebHostBuilder(builder => builder.UseSetting("Users:Administrators:0", email));
        (await RolesAfterSignInAsync(after.CreateClient(), email)).Should().Equal("admin");
    }

    private static async Task<string[]> RolesAfterSignInAsync(HttpClient client, string email)
    {
        var answer = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "commerce-web",
            ["username"] = email,
            ["password"] = "the owner's password",
        }));
        var token = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/users/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()!)];
    }
}
