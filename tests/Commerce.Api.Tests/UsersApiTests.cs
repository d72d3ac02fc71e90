using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.BuildingBlocks.Api.Security;
using Commerce.Users.Domain.Accounts;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Commerce.Api.Tests;

/// <summary>A host that is its own OpenID Connect issuer (the Users context) beside the shop's other contexts.</summary>
public sealed class UsersApiFactory : CommerceApiFactory
{
    protected override string[] Modules => ["Catalog", "Basket", "Users"];

    /// <summary>This host's own development keys, so a test can sign with the very key the shop signs with.</summary>
    public string KeyFolder { get; } = Path.Combine(Path.GetTempPath(), $"commerce-keys-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Users:Tokens:DevelopmentKeyFolder", KeyFolder);
    }
}

public class UsersApiTests(UsersApiFactory factory) : IClassFixture<UsersApiFactory>
{
    private const string Secret = "correct horse battery";

    [Fact]
    public async Task Discovery_names_the_endpoints_and_the_key_set_names_each_signing_key()
    {
        var client = factory.AnonymousClient();

        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        discovery.GetProperty("token_endpoint").GetString().Should().EndWith("/connect/token");
        discovery.GetProperty("revocation_endpoint").GetString().Should().EndWith("/connect/revoke");
        discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).Should().Contain(["password", "refresh_token"]);

        var keys = await client.GetFromJsonAsync<JsonElement>(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery);
        keys.GetProperty("keys").EnumerateArray().Should().NotBeEmpty()
            .And.AllSatisfy(key =>
            {
                key.GetProperty("kid").GetString().Should().NotBeNullOrEmpty();
                key.GetProperty("alg").GetString().Should().Be("RS256");
            });
    }

    [Fact]
    public async Task A_new_user_signs_up_signs_in_and_the_api_knows_them_by_their_sub()
    {
        var email = NewEmail();
        (await SignUpAsync(email)).StatusCode.Should().Be(HttpStatusCode.Accepted);

        var tokens = await SignInAsync(email, Secret);
        var access = new JsonWebToken(tokens.AccessToken);
        access.Alg.Should().Be("RS256");
        access.Kid.Should().NotBeNullOrEmpty();
        access.GetClaim("email").Value.Should().Be(email);
        access.Audiences.Should().Contain("commerce");
        (access.ValidTo - access.IssuedAt).Should().Be(TimeSpan.FromMinutes(15));
        access.Claims.Should().NotContain(c => c.Type.Contains("stamp", StringComparison.OrdinalIgnoreCase), "the security stamp stays in the refresh token");

        var me = await Bearer(tokens.AccessToken).GetFromJsonAsync<JsonElement>("/api/v1/users/me");
        me.GetProperty("email").GetString().Should().Be(email);
        me.GetProperty("userName").GetString().Should().Be(access.Subject);
        me.GetProperty("status").GetString().Should().Be("Active");

        (await Bearer(tokens.AccessToken).GetAsync($"/api/v1/baskets/{access.Subject}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Bearer(tokens.AccessToken).GetAsync("/api/v1/baskets/someone-else")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Signing_up_with_a_known_address_answers_alike_and_changes_nothing()
    {
        var email = NewEmail();
        var first = await SignUpAsync(email);
        var again = await SignUpAsync(email.ToUpperInvariant(), password: "another password entirely");

        again.StatusCode.Should().Be(first.StatusCode).And.Be(HttpStatusCode.Accepted);
        (await again.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await SignInAsync(email, Secret)).AccessToken.Should().NotBeNullOrEmpty();
        (await TokenAsync(TokenRequests.Password("password", email, "another password entirely"))).Error.Should().Be("invalid_grant");
    }

    [Fact]
    public async Task Bad_sign_up_input_is_a_problem_naming_each_field()
    {
        var response = await factory.AnonymousClient().PostAsJsonAsync("/api/v1/users", new { email = "not-an-address", password = "short", name = "Eve\r\nBcc: x@example.com" });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().BeEquivalentTo(["email", "password", "name"]);
        problem.Body.GetRawText().Should().NotContain("short", "a password never comes back in an answer");
    }

    [Fact]
    public async Task Unknown_address_wrong_password_and_lockout_all_answer_invalid_grant_alike()
    {
        var email = NewEmail();
        await SignUpAsync(email);

        var unknown = await TokenAsync(TokenRequests.Password("password", NewEmail(), Secret));
        var wrong = await TokenAsync(TokenRequests.Password("password", email, "wrong password!"));
        unknown.Error.Should().Be("invalid_grant");
        wrong.Error.Should().Be("invalid_grant");
        wrong.Description.Should().Be(unknown.Description);

        for (var attempt = 2; attempt <= 5; attempt++)
        {
            (await TokenAsync(TokenRequests.Password("password", email, "wrong password!"))).Error.Should().Be("invalid_grant");
        }

        var locked = await TokenAsync(TokenRequests.Password("password", email, Secret));
        locked.Error.Should().Be("invalid_grant", "five wrong passwords lock the account, even against the right one");
        locked.Description.Should().Be(unknown.Description);
    }

    [Fact]
    public async Task A_refresh_token_rotates_and_using_one_twice_revokes_the_whole_sign_in()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var signIn = await SignInAsync(email, Secret);

        var renewed = await TokenAsync(TokenRequests.Refresh(signIn.RefreshToken!));
        renewed.Error.Should().BeNull();
        renewed.RefreshToken.Should().NotBe(signIn.RefreshToken);
        new JsonWebToken(renewed.AccessToken).Subject.Should().Be(new JsonWebToken(signIn.AccessToken).Subject);

        (await TokenAsync(TokenRequests.Refresh(signIn.RefreshToken!))).Error.Should().Be("invalid_grant", "a refresh token works once");
        (await TokenAsync(TokenRequests.Refresh(renewed.RefreshToken!))).Error.Should().Be("invalid_grant", "its reuse revoked the newer one too");

        var other = await SignInAsync(email, Secret);
        (await TokenAsync(TokenRequests.Refresh(other.RefreshToken!))).Error.Should().BeNull("another sign-in is another family");
    }

    [Fact]
    public async Task A_revoked_refresh_token_no_longer_refreshes()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var signIn = await SignInAsync(email, Secret);

        (await RevokeAsync(signIn.RefreshToken!, "refresh_token")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await TokenAsync(TokenRequests.Refresh(signIn.RefreshToken!))).Error.Should().Be("invalid_grant");
    }

    [Fact]
    public async Task A_revoked_access_token_stops_working_on_the_api_within_seconds()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var signIn = await SignInAsync(email, Secret);
        (await Bearer(signIn.AccessToken).GetAsync("/api/v1/users/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await RevokeAsync(signIn.AccessToken, "access_token")).StatusCode.Should().Be(HttpStatusCode.OK);

        await factory.RefusedSoonAsync(signIn.AccessToken, "a revoked token ends within the entry checks' lifetime, not in 15 minutes");
        (await Bearer(signIn.AccessToken).GetAsync($"/api/v1/baskets/{new JsonWebToken(signIn.AccessToken).Subject}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_refresh_token_used_twice_ends_the_access_tokens_of_its_sign_in_too()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var signIn = await SignInAsync(email, Secret);
        var renewed = await TokenAsync(TokenRequests.Refresh(signIn.RefreshToken!));
        var other = await SignInAsync(email, Secret);

        (await TokenAsync(TokenRequests.Refresh(signIn.RefreshToken!))).Error.Should().Be("invalid_grant");

        await factory.RefusedSoonAsync(signIn.AccessToken, "a refresh token used twice ends its sign-in");
        await factory.RefusedSoonAsync(renewed.AccessToken, "the stolen copy's family ends whole");
        (await Bearer(other.AccessToken).GetAsync("/api/v1/users/me")).StatusCode.Should().Be(HttpStatusCode.OK, "another sign-in is another family");
    }

    [Fact]
    public async Task A_token_of_another_issuer_naming_a_local_account_reaches_nothing_of_it()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var account = new JsonWebToken((await SignInAsync(email, Secret)).AccessToken).Subject;
        var ada = Bearer((await SignInAsync(email, Secret)).AccessToken);
        (await ada.PostAsJsonAsync("/api/v1/users/me/addresses", Address("Home", "1 Main St"))).StatusCode.Should().Be(HttpStatusCode.Created);

        // The shared signing key's tokens name whomever their minter likes: this one names Ada's account id.
        var impostor = factory.ClientFor(account);

        (await impostor.GetAsync("/api/v1/users/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await impostor.GetAsync("/api/v1/users/me/addresses")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await impostor.GetAsync($"/api/v1/baskets/{account}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await factory.ClientFor(account.ToUpperInvariant()).GetAsync("/api/v1/users/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await factory.ClientFor(Guid.Parse(account).ToString("N")).GetAsync("/api/v1/users/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await ada.GetAsync($"/api/v1/baskets/{account}")).StatusCode.Should().Be(HttpStatusCode.OK, "the account's own tokens still reach it");
    }

    [Fact]
    public async Task A_token_whose_payload_was_changed_is_refused()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var token = (await SignInAsync(email, Secret)).AccessToken;
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlDecode(parts[1]))!;
        payload["role"] = JsonSerializer.SerializeToElement("admin");
        var forged = $"{parts[0]}.{Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload))}.{parts[2]}";

        (await Bearer(forged).GetAsync("/api/v1/baskets")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Bearer(token).GetAsync("/api/v1/baskets")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "the real token is a customer's");
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("")]
    public async Task A_token_that_is_no_jwt_at_all_is_refused(string token) =>
        (await Bearer(token).GetAsync("/api/v1/users/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task An_unsigned_token_claiming_this_issuer_is_refused()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var real = new JsonWebToken((await SignInAsync(email, Secret)).AccessToken);
        var header = Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(new { alg = "none", typ = "at+jwt" }));
        var payload = Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(new
        {
            iss = real.Issuer, aud = "commerce", sub = real.Subject, role = "admin",
            exp = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds(), iat = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        }));

        (await Bearer($"{header}.{payload}.").GetAsync("/api/v1/users")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("valid", HttpStatusCode.OK)]
    [InlineData("expired", HttpStatusCode.Unauthorized)]
    [InlineData("another audience", HttpStatusCode.Unauthorized)]
    [InlineData("another issuer", HttpStatusCode.Unauthorized)]
    public async Task A_token_signed_with_the_shops_own_key_holds_only_for_this_issuer_this_audience_and_its_lifetime(string variant, HttpStatusCode expected)
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var real = new JsonWebToken((await SignInAsync(email, Secret)).AccessToken);
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = real.Subject, ["email"] = email, ["role"] = "customer", ["client_id"] = "commerce-web",
            ["scope"] = "openid email profile",
        };
        var descriptor = new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = variant == "another issuer" ? "https://elsewhere.example/" : real.Issuer,
            Audience = variant == "another audience" ? "someone-else" : "commerce",
            IssuedAt = variant == "expired" ? now.AddHours(-2) : now,
            NotBefore = variant == "expired" ? now.AddHours(-2) : now,
            Expires = variant == "expired" ? now.AddHours(-1) : now.AddMinutes(10),
            Claims = claims,
            TokenType = "at+jwt",
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(ShopSigningKey(), "RS256"),
        };
        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
        new JsonWebToken(token).Kid.Should().Be(real.Kid, "the token is signed with the key the shop signs with");

        (await Bearer(token).GetAsync("/api/v1/users/me")).StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task The_token_endpoint_answers_oauth_errors_to_unknown_clients()
    {
        var response = await factory.AnonymousClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "not-a-client",
            ["username"] = NewEmail(),
            ["password"] = Secret,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "RFC 6749 answers an unknown client with 401");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().Should().Be("invalid_client");
    }

    [Fact]
    public async Task Staff_find_accounts_by_a_part_of_their_address_or_name_and_customers_may_not()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        await SignUpAsync($"{marker}.one@example.com");
        await factory.AnonymousClient().PostAsJsonAsync("/api/v1/users", new { email = NewEmail(), password = Secret, name = $"Name {marker.ToUpperInvariant()}" });
        await SignUpAsync(NewEmail());

        var found = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/users?search={marker}&pageSize=10");
        found.GetProperty("totalCount").GetInt64().Should().Be(2);
        found.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("status").GetString()).Should().AllBe("Active");
        var wildcard = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/users?search=%25");
        wildcard.GetProperty("totalCount").GetInt64().Should().Be(0, "a % in the search is a character, not a wildcard");

        var customer = (await SignInAsync($"{marker}.one@example.com", Secret)).AccessToken;
        (await Bearer(customer).GetAsync("/api/v1/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await Problem.ReadAsync(await factory.CreateClient().GetAsync("/api/v1/users?pageSize=1000"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_disabled_account_can_neither_use_its_tokens_nor_sign_in_until_enabled_again()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var signIn = await SignInAsync(email, Secret);
        var id = new JsonWebToken(signIn.AccessToken).Subject;

        var disabled = await factory.CreateClient().PostAsync($"/api/v1/users/{id}/disable", null);
        (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().Should().Be("Disabled");

        (await TokenAsync(TokenRequests.Refresh(signIn.RefreshToken!))).Error.Should().Be("invalid_grant", "disabling ends every sign-in");
        await factory.RefusedSoonAsync(signIn.AccessToken, "its access tokens too, not 15 minutes later");
        var refused = await TokenAsync(TokenRequests.Password("password", email, Secret));
        refused.Error.Should().Be("invalid_grant");
        refused.Description.Should().Be((await TokenAsync(TokenRequests.Password("password", NewEmail(), Secret))).Description, "a disabled account answers like a wrong password");

        await factory.CreateClient().PostAsync($"/api/v1/users/{id}/enable", null);
        (await TokenAsync(TokenRequests.Password("password", email, Secret))).Error.Should().BeNull();
        (await factory.CreateClient().PostAsync($"/api/v1/users/{Guid.NewGuid()}/disable", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_staff_role_reaches_an_accounts_tokens_at_their_next_refresh_both_ways()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var signIn = await SignInAsync(email, Secret);
        var id = new JsonWebToken(signIn.AccessToken).Subject;
        (await Bearer(signIn.AccessToken).GetAsync("/api/v1/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await factory.CreateClient().PutAsync($"/api/v1/users/{id}/roles/admin", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var staff = await TokenAsync(TokenRequests.Refresh(signIn.RefreshToken!));
        new JsonWebToken(staff.AccessToken).Claims.Where(c => c.Type == "role").Select(c => c.Value).Should().Equal(Account.AdminRole);
        (await Bearer(staff.AccessToken).GetAsync("/api/v1/users")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await factory.CreateClient().DeleteAsync($"/api/v1/users/{id}/roles/admin")).StatusCode.Should().Be(HttpStatusCode.OK);
        var customer = await TokenAsync(TokenRequests.Refresh(staff.RefreshToken!));
        (await Bearer(customer.AccessToken).GetAsync("/api/v1/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_account_keeps_addresses_with_one_default_and_nobody_else_reaches_them()
    {
        var ada = await SignedInClientAsync();
        var home = await ada.PostAsJsonAsync("/api/v1/users/me/addresses", Address("Home", "1 Main St"));
        home.StatusCode.Should().Be(HttpStatusCode.Created);
        var homeId = (await home.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        home.Headers.Location!.ToString().Should().EndWith($"/api/v1/users/me/addresses/{homeId}");
        var office = await (await ada.PostAsJsonAsync("/api/v1/users/me/addresses", Address("Office", "2 Work Rd", isDefault: true)))
            .Content.ReadFromJsonAsync<JsonElement>();
        var officeId = office.GetProperty("id").GetString();

        var book = await ada.GetFromJsonAsync<JsonElement[]>("/api/v1/users/me/addresses");
        book!.Select(a => (a.GetProperty("label").GetString(), a.GetProperty("isDefault").GetBoolean()))
            .Should().Equal(("Home", false), ("Office", true));

        (await ada.PutAsJsonAsync($"/api/v1/users/me/addresses/{homeId}", Address("Home", "3 New St"))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ada.DeleteAsync($"/api/v1/users/me/addresses/{officeId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var left = (await ada.GetFromJsonAsync<JsonElement[]>("/api/v1/users/me/addresses"))!.Should().ContainSingle().Subject;
        left.GetProperty("street").GetString().Should().Be("3 New St");
        left.GetProperty("isDefault").GetBoolean().Should().BeTrue("removing the default passes it on");

        var eve = await SignedInClientAsync();
        (await eve.GetFromJsonAsync<JsonElement[]>("/api/v1/users/me/addresses")).Should().BeEmpty();
        await Problem.ReadAsync(await eve.PutAsJsonAsync($"/api/v1/users/me/addresses/{homeId}", Address("Mine", "4 Evil Ln")), HttpStatusCode.NotFound);
        await Problem.ReadAsync(await eve.DeleteAsync($"/api/v1/users/me/addresses/{homeId}"), HttpStatusCode.NotFound);
        (await ada.GetFromJsonAsync<JsonElement[]>("/api/v1/users/me/addresses"))!.Single().GetProperty("street").GetString().Should().Be("3 New St");
    }

    [Fact]
    public async Task A_bad_address_names_each_field_and_a_token_of_another_issuer_has_no_address_book()
    {
        var ada = await SignedInClientAsync();
        var bad = await ada.PostAsJsonAsync("/api/v1/users/me/addresses", new { street = "", city = "Paris\nBcc: x", zipCode = new string('9', 21), country = "FR" });

        (await Problem.ReadAsync(bad, HttpStatusCode.BadRequest)).Errors.Keys.Should().BeEquivalentTo(["street", "city", "zipCode"]);
        (await ada.GetFromJsonAsync<JsonElement[]>("/api/v1/users/me/addresses")).Should().BeEmpty();
        var development = factory.ClientFor("someone-from-cognito");
        (await Problem.ReadAsync(await development.GetAsync("/api/v1/users/me/addresses"), HttpStatusCode.NotFound)).Code.Should().Be("account_not_found");
    }

    [Fact]
    public async Task The_profile_changes_the_name_only_when_given_one()
    {
        var ada = await SignedInClientAsync();

        var renamed = await (await ada.PatchAsJsonAsync("/api/v1/users/me", new { name = "Countess of Lovelace" })).Content.ReadFromJsonAsync<JsonElement>();
        renamed.GetProperty("name").GetString().Should().Be("Countess of Lovelace");
        var unchanged = await (await ada.PatchAsJsonAsync("/api/v1/users/me", new { })).Content.ReadFromJsonAsync<JsonElement>();
        unchanged.GetProperty("name").GetString().Should().Be("Countess of Lovelace");
        await Problem.ReadAsync(await ada.PatchAsJsonAsync("/api/v1/users/me", new { name = "Ada\r\nX" }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public void The_staff_role_an_account_is_given_is_the_one_the_api_checks() => Account.AdminRole.Should().Be(Roles.Admin);

    private async Task<HttpClient> SignedInClientAsync()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        return Bearer((await SignInAsync(email, Secret)).AccessToken);
    }

    private static object Address(string label, string street, bool isDefault = false) =>
        new { label, street, city = "Paris", zipCode = "75001", country = "FR", isDefault };

    private static string NewEmail() => $"user-{Guid.NewGuid():N}@example.com";

    private Task<HttpResponseMessage> SignUpAsync(string email, string password = Secret) =>
        factory.AnonymousClient().PostAsJsonAsync("/api/v1/users", new { email, password, name = "Ada Lovelace" });

    private async Task<TokenAnswer> SignInAsync(string email, string password)
    {
        var answer = await TokenAsync(TokenRequests.Password("password", email, password));
        answer.Error.Should().BeNull(answer.Description);
        return answer;
    }

    private Task<HttpResponseMessage> RevokeAsync(string token, string hint) =>
        factory.AnonymousClient().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "commerce-web",
            ["token"] = token,
            ["token_type_hint"] = hint,
        }));

    private Task<TokenAnswer> TokenAsync(Dictionary<string, string> form) => TokenRequests.SendAsync(factory.AnonymousClient(), form);

    private HttpClient Bearer(string token) => factory.BearerClient(token);

    private Microsoft.IdentityModel.Tokens.RsaSecurityKey ShopSigningKey()
    {
        var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Path.Combine(factory.KeyFolder, "signing.pem")));
        var key = new Microsoft.IdentityModel.Tokens.RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncode(Microsoft.IdentityModel.Tokens.JsonWebKeyConverter.ConvertFromRSASecurityKey(key).ComputeJwkThumbprint());
        return key;
    }

    private static byte[] Base64UrlDecode(string text) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(text);

    private static string Base64UrlEncode(byte[] bytes) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(bytes);
}
