using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Client;

namespace Commerce.Api.Tests;

/// <summary>
/// OpenIddict's own client, told nothing but the base address and <c>commerce-web</c>: it reads discovery, signs in
/// with a password (and fetches userinfo), refreshes and revokes; the access token is checked against the published
/// key set by Microsoft.IdentityModel. None of it is our HTTP code.
/// </summary>
public class OpenIdConnectClientTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task A_stock_client_discovers_signs_in_verifies_refreshes_and_revokes()
    {
        factory.StartServer();
        var email = $"oidc-{Guid.NewGuid():N}@example.com";
        using var http = new HttpClient { BaseAddress = new Uri(factory.BaseUrl) };
        (await http.PostAsJsonAsync("/api/v1/users", new { email, password = "a long enough secret", name = "Grace Hopper" }))
            .StatusCode.Should().Be(HttpStatusCode.Accepted);

        await using var provider = ClientFor(new Uri(factory.BaseUrl + "/"));
        var client = provider.GetRequiredService<OpenIddictClientService>();

        var signIn = await client.AuthenticateWithPasswordAsync(new()
        {
            Username = email,
            Password = "a long enough secret",
            Scopes = ["openid", "email", "profile", "offline_access"],
        });
        signIn.Principal.FindFirst("email")!.Value.Should().Be(email, "the client merged the identity token and /connect/userinfo");
        signIn.UserInfoToken.Should().BeNull("userinfo answers JSON, not a token");

        var discovery = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        var keys = new JsonWebKeySet(await http.GetStringAsync(new Uri(discovery.GetProperty("jwks_uri").GetString()!)));
        var check = await new JsonWebTokenHandler().ValidateTokenAsync(signIn.AccessToken, new TokenValidationParameters
        {
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            ValidAudience = "commerce",
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidTypes = ["at+jwt"],
        });
        check.IsValid.Should().BeTrue(check.Exception?.Message);

        var renewed = await client.AuthenticateWithRefreshTokenAsync(new() { RefreshToken = signIn.RefreshToken! });
        renewed.AccessToken.Should().NotBe(signIn.AccessToken);
        renewed.RefreshToken.Should().NotBeNullOrEmpty().And.NotBe(signIn.RefreshToken);

        await client.RevokeTokenAsync(new() { Token = renewed.RefreshToken!, TokenTypeHint = "refresh_token" });
        var afterRevocation = () => client.AuthenticateWithRefreshTokenAsync(new() { RefreshToken = renewed.RefreshToken! }).AsTask();
        (await afterRevocation.Should().ThrowAsync<OpenIddictExceptions.ProtocolException>()).Which.Error.Should().Be("invalid_grant");
    }

    private static ServiceProvider ClientFor(Uri issuer)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOpenIddict().AddClient(client =>
        {
            client.AllowPasswordFlow().AllowRefreshTokenFlow();
            client.DisableTokenStorage();
            // The client protects only its own state with these; nothing here is the server's.
            client.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            client.UseSystemNetHttp();
            client.AddRegistration(new OpenIddictClientRegistration { Issuer = issuer, ClientId = "commerce-web" });
        });
        return services.BuildServiceProvider();
    }
}
