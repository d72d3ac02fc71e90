using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Commerce.Api.Tests;

/// <summary>Users beside Notifications, over SQS: the codes an account's holder is sent arrive as .eml files.</summary>
public sealed class AccountEmailApiFactory : CommerceApiFactory
{
    protected override string[] Modules => ["Users", "Notifications"];

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"commerce-mail-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notifications:Email:PickupFolder", MailFolder);
    }
}

public class AccountEmailTests(AccountEmailApiFactory factory) : IClassFixture<AccountEmailApiFactory>
{
    private const string Secret = "correct horse battery";

    [Fact]
    public async Task A_new_address_is_sent_a_code_that_verifies_it()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var code = await CodeSentToAsync(email, "Verify your email address");

        var wrong = await VerifyAsync(email, OtherThan(code));
        (await Problem.ReadAsync(wrong, HttpStatusCode.BadRequest)).Code.Should().Be("invalid_code");
        var tokens = await TokenRequests.SendAsync(factory.AnonymousClient(), TokenRequests.Password("password", email, Secret));
        (await MeAsync(tokens.AccessToken)).GetProperty("emailVerified").GetBoolean().Should().BeFalse();

        (await VerifyAsync(email, code)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await MeAsync(tokens.AccessToken)).GetProperty("emailVerified").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task An_unknown_address_and_a_wrong_code_answer_alike()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var code = await CodeSentToAsync(email, "Verify your email address");

        var unknown = await Problem.ReadAsync(await VerifyAsync(NewEmail(), code), HttpStatusCode.BadRequest);
        var wrong = await Problem.ReadAsync(await VerifyAsync(email, OtherThan(code)), HttpStatusCode.BadRequest);
        unknown.Code.Should().Be(wrong.Code).And.Be("invalid_code");
        unknown.Body.GetProperty("detail").GetString().Should().Be(wrong.Body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Wrong_codes_lock_the_account_so_six_digits_cannot_be_walked()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var code = await CodeSentToAsync(email, "Verify your email address");

        for (var i = 0; i < 5; i++)
        {
            (await VerifyAsync(email, OtherThan(code))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        (await Problem.ReadAsync(await VerifyAsync(email, code), HttpStatusCode.BadRequest)).Code.Should().Be("invalid_code", "the account is locked out");
    }

    [Fact]
    public async Task Signing_up_again_with_a_verified_address_tells_its_holder_and_sends_no_code()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        (await VerifyAsync(email, await CodeSentToAsync(email, "Verify your email address"))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await SignUpAsync(email)).StatusCode.Should().Be(HttpStatusCode.Accepted);

        await Eventually.HoldsAsync(() => MailsTo(email).Any(m => m.Contains("Someone tried to sign up", StringComparison.Ordinal)), "the repeated sign-up's email");
        MailsTo(email).Count(m => m.Contains("Verify your email address", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public async Task A_password_reset_sets_the_new_password_ends_every_sign_in_and_its_code_works_once()
    {
        var email = NewEmail();
        await SignUpAsync(email);
        var before = await TokenRequests.SendAsync(factory.AnonymousClient(), TokenRequests.Password("password", email, Secret));
        before.RefreshToken.Should().NotBeNull();

        var asked = await factory.AnonymousClient().PostAsJsonAsync("/api/v1/users/password-reset", new { email });
        var askedForNobody = await factory.AnonymousClient().PostAsJsonAsync("/api/v1/users/password-reset", new { email = NewEmail() });
        asked.StatusCode.Should().Be(HttpStatusCode.Accepted).And.Be(askedForNobody.StatusCode);
        (await asked.Content.ReadAsStringAsync()).Should().Be(await askedForNobody.Content.ReadAsStringAsync());
        var code = await CodeSentToAsync(email, "Your password reset code");

        const string newSecret = "a brand new passphrase";
        (await Problem.ReadAsync(await ConfirmResetAsync(email, OtherThan(code), newSecret), HttpStatusCode.BadRequest)).Code.Should().Be("invalid_code");
        (await ConfirmResetAsync(email, code, newSecret)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await TokenRequests.SendAsync(factory.AnonymousClient(), TokenRequests.Refresh(before.RefreshToken!))).Error.Should().Be("invalid_grant", "a reset ends every earlier sign-in");
        await factory.RefusedSoonAsync(before.AccessToken, "its access tokens end with it, not 15 minutes later");
        (await TokenRequests.SendAsync(factory.AnonymousClient(), TokenRequests.Password("password", email, Secret))).Error.Should().Be("invalid_grant");
        var after = await TokenRequests.SendAsync(factory.AnonymousClient(), TokenRequests.Password("password", email, newSecret));
        after.Error.Should().BeNull(after.Description);
        (await MeAsync(after.AccessToken)).GetProperty("emailVerified").GetBoolean().Should().BeTrue("the reset code reached the mailbox");

        (await ConfirmResetAsync(email, code, "yet another passphrase")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a reset code works once");
        await Eventually.HoldsAsync(() => MailsTo(email).Any(m => m.Contains("Your password was changed", StringComparison.Ordinal)), "the password-changed email");
    }

    [Fact]
    public async Task Bad_code_input_is_a_problem_naming_each_field()
    {
        var response = await factory.AnonymousClient().PostAsJsonAsync("/api/v1/users/password-reset/confirm", new { email = "nobody", code = "12ab", newPassword = "short" });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().Contain(["email", "code", "newPassword"]);
    }

    private static string NewEmail() => $"user-{Guid.NewGuid():N}@example.com";

    private static string OtherThan(string code) => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private Task<HttpResponseMessage> SignUpAsync(string email) =>
        factory.AnonymousClient().PostAsJsonAsync("/api/v1/users", new { email, password = Secret, name = "Ada Lovelace" });

    private Task<HttpResponseMessage> VerifyAsync(string email, string code) =>
        factory.AnonymousClient().PostAsJsonAsync("/api/v1/users/email-verification", new { email, code });

    private Task<HttpResponseMessage> ConfirmResetAsync(string email, string code, string newPassword) =>
        factory.AnonymousClient().PostAsJsonAsync("/api/v1/users/password-reset/confirm", new { email, code, newPassword });

    private async Task<JsonElement> MeAsync(string accessToken) =>
        await factory.BearerClient(accessToken).GetFromJsonAsync<JsonElement>("/api/v1/users/me");

    private Task<string> CodeSentToAsync(string email, string subject) => PickupMail.CodeSentToAsync(factory.MailFolder, email, subject);

    private IEnumerable<string> MailsTo(string email) => PickupMail.To(factory.MailFolder, email);
}
