using System.Security.Claims;
using Commerce.BuildingBlocks.Api.Security;

namespace Commerce.BuildingBlocks.UnitTests;

public class AppClientCheckTests
{
    private static readonly string[] OurClients = ["shop-web", "shop-ios"];

    private static ClaimsPrincipal Token(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "Bearer"));

    [Fact]
    public void An_access_token_of_one_of_our_app_clients_passes() =>
        AppClientCheck.Refusal(Token(("token_use", "access"), ("client_id", "shop-ios")), OurClients).Should().BeNull();

    [Fact]
    public void Another_app_client_of_the_same_pool_is_refused() =>
        AppClientCheck.Refusal(Token(("token_use", "access"), ("client_id", "admin-console")), OurClients).Should().Contain("admin-console");

    [Fact]
    public void An_id_token_is_not_an_access_token_even_for_our_client() =>
        AppClientCheck.Refusal(Token(("token_use", "id"), ("aud", "shop-web"), ("client_id", "shop-web")), OurClients).Should().Contain("token_use");

    [Fact]
    public void A_token_without_the_claims_is_refused() =>
        AppClientCheck.Refusal(Token(("sub", "ada")), OurClients).Should().NotBeNull();
}
