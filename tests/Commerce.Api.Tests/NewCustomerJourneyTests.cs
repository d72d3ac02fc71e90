using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Commerce.Api.Tests;

/// <summary>
/// A new customer through the API only, on a host with every context: sign up, verify the address from the email,
/// sign in, save an address, fill a basket, check out with the saved address, refresh, see the order, reset the password.
/// </summary>
public class NewCustomerJourneyTests(EventFlowApiFactory factory) : IClassFixture<EventFlowApiFactory>
{
    private const string Secret = "correct horse battery";

    [Fact]
    public async Task A_new_customer_signs_up_verifies_orders_to_a_saved_address_and_resets_the_password()
    {
        var email = NewEmail();
        (await factory.AnonymousClient().PostAsJsonAsync("/api/v1/users", new { email, password = Secret, name = "Ada King Lovelace" }))
            .StatusCode.Should().Be(HttpStatusCode.Accepted);
        var code = await PickupMail.CodeSentToAsync(factory.MailFolder, email, "Verify your email address");
        (await factory.AnonymousClient().PostAsJsonAsync("/api/v1/users/email-verification", new { email, code }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        var tokens = await SignInAsync(email, Secret);
        var customer = Bearer(tokens.AccessToken);
        var me = new JsonWebToken(tokens.AccessToken).Subject;
        var home = await (await customer.PostAsJsonAsync("/api/v1/users/me/addresses",
            new { label = "Home", street = "12 St James's Square", city = "London", zipCode = "SW1Y 4JH", country = "UK" })).Content.ReadFromJsonAsync<JsonElement>();

        var shop = new Shop(factory.CreateClient());
        var product = await shop.ProductAsync(price: 25m);
        (await customer.PostAsJsonAsync($"/api/v1/baskets/{me}/items", new { productId = product.Id, quantity = 2 })).EnsureSuccessStatusCode();
        var checkout = await customer.PostAsJsonAsync($"/api/v1/baskets/{me}/checkout",
            new { shippingAddressId = home.GetProperty("id").GetGuid(), payment = new { paymentMethodId = Shop.TestCard } });
        checkout.StatusCode.Should().Be(HttpStatusCode.Accepted, await checkout.Content.ReadAsStringAsync());
        var orderId = (await checkout.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();

        var order = await customer.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}");
        order.GetProperty("buyer").GetProperty("email").GetString().Should().Be(email, "the buyer is the account");
        order.GetProperty("buyer").GetProperty("firstName").GetString().Should().Be("Ada King");
        order.GetProperty("buyer").GetProperty("lastName").GetString().Should().Be("Lovelace");
        order.GetProperty("shippingAddress").GetProperty("street").GetString().Should().Be("12 St James's Square");
        await Eventually.HoldsAsync(() => PickupMail.To(factory.MailFolder, email).Any(m => m.Contains(orderId.ToString(), StringComparison.Ordinal)), "the order's email to the account's address");

        var renewed = await TokenRequests.SendAsync(factory.AnonymousClient(), TokenRequests.Refresh(tokens.RefreshToken!));
        renewed.Error.Should().BeNull(renewed.Description);
        var mine = await Bearer(renewed.AccessToken).GetFromJsonAsync<JsonElement>($"/api/v1/users/{me}/orders");
        mine.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).Should().Equal(orderId);
        (await Bearer(renewed.AccessToken).GetAsync("/api/v1/users/someone-else/orders")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await factory.AnonymousClient().PostAsJsonAsync("/api/v1/users/password-reset", new { email })).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var resetCode = await PickupMail.CodeSentToAsync(factory.MailFolder, email, "Your password reset code");
        (await factory.AnonymousClient().PostAsJsonAsync("/api/v1/users/password-reset/confirm", new { email, code = resetCode, newPassword = "a brand new passphrase" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await TokenRequests.SendAsync(factory.AnonymousClient(), TokenRequests.Refresh(renewed.RefreshToken!))).Error.Should().Be("invalid_grant");
        (await SignInAsync(email, "a brand new passphrase")).AccessToken.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_account_checks_out_only_once_its_address_is_verified_and_only_to_its_own_addresses()
    {
        var email = NewEmail();
        await factory.AnonymousClient().PostAsJsonAsync("/api/v1/users", new { email, password = Secret, name = "Grace Hopper" });
        var tokens = await SignInAsync(email, Secret);
        var customer = Bearer(tokens.AccessToken);
        var me = new JsonWebToken(tokens.AccessToken).Subject;
        var product = await new Shop(factory.CreateClient()).ProductAsync();
        (await customer.PostAsJsonAsync($"/api/v1/baskets/{me}/items", new { productId = product.Id, quantity = 1 })).EnsureSuccessStatusCode();

        var unverified = await customer.PostAsJsonAsync($"/api/v1/baskets/{me}/checkout", Shop.CheckoutBody(email: "stranger@example.com"));
        (await Problem.ReadAsync(unverified, HttpStatusCode.UnprocessableEntity)).Code.Should().Be("email_not_verified");

        var code = await PickupMail.CodeSentToAsync(factory.MailFolder, email, "Verify your email address");
        (await factory.AnonymousClient().PostAsJsonAsync("/api/v1/users/email-verification", new { email, code })).EnsureSuccessStatusCode();
        var foreign = await customer.PostAsJsonAsync($"/api/v1/baskets/{me}/checkout", new { shippingAddressId = Guid.NewGuid(), payment = new { paymentMethodId = Shop.TestCard } });
        (await Problem.ReadAsync(foreign, HttpStatusCode.BadRequest)).Errors.Keys.Should().Contain("shippingAddressId");
        var nowhere = await customer.PostAsJsonAsync($"/api/v1/baskets/{me}/checkout", new { payment = new { paymentMethodId = Shop.TestCard } });
        (await Problem.ReadAsync(nowhere, HttpStatusCode.BadRequest)).Errors.Keys.Should().Contain("shippingAddress", "no inline address and no saved one");

        var typedStranger = await customer.PostAsJsonAsync($"/api/v1/baskets/{me}/checkout", Shop.CheckoutBody(email: "stranger@example.com"));
        typedStranger.StatusCode.Should().Be(HttpStatusCode.Accepted, await typedStranger.Content.ReadAsStringAsync());
        var orderId = (await typedStranger.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
        (await customer.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}")).GetProperty("buyer").GetProperty("email").GetString()
            .Should().Be(email, "an account's orders go to its own address, whatever the body says");
    }

    private static string NewEmail() => $"user-{Guid.NewGuid():N}@example.com";

    private async Task<TokenAnswer> SignInAsync(string email, string password)
    {
        var answer = await TokenRequests.SendAsync(factory.AnonymousClient(), TokenRequests.Password("password", email, password));
        answer.Error.Should().BeNull(answer.Description);
        return answer;
    }

    private HttpClient Bearer(string token)
    {
        var client = factory.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
