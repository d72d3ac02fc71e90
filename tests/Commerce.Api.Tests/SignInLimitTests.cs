using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Commerce.Api.Tests;

/// <summary>Small sign-in budgets, so a test can spend them: 3 tries per account, 6 per client address, per hour.</summary>
public sealed class SignInLimitApiFactory : CommerceApiFactory
{
    protected override string[] Modules => ["Users"];

    protected override bool RateLimited => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Users:SignInLimits:PerAccount:PermitLimit", "3");
        builder.UseSetting("Users:SignInLimits:PerAccount:Window", "01:00:00");
        builder.UseSetting("Users:SignInLimits:PerAddress:PermitLimit", "6");
        builder.UseSetting("Users:SignInLimits:PerAddress:Window", "01:00:00");
    }
}

public class SignInLimitTests(SignInLimitApiFactory factory) : IClassFixture<SignInLimitApiFactory>
{
    [Fact]
    public async Task Password_tries_stop_at_the_accounts_budget_and_then_at_the_addresss_budget()
    {
        var first = $"a-{Guid.NewGuid():N}@example.com";
        var second = $"b-{Guid.NewGuid():N}@example.com";

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (await SignInAsync(first)).Error.Should().Be("invalid_grant", $"try {attempt} of 3 on one account is checked");
        }

        var overAccount = await SignInAsync(first);
        overAccount.Error.Should().Be("temporarily_unavailable");
        overAccount.RetryAfter.Should().BePositive();

        (await SignInAsync(second)).Error.Should().Be("invalid_grant", "another account has its own budget");
        (await SignInAsync(second)).Error.Should().Be("invalid_grant");
        (await SignInAsync(second)).Error.Should().Be("temporarily_unavailable", "the address has spent its 6 tries, across accounts");
    }

    private async Task<(string? Error, int RetryAfter)> SignInAsync(string email)
    {
        var response = await factory.AnonymousClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "commerce-web",
            ["username"] = email,
            ["password"] = "not the password",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var retryAfter = response.Headers.RetryAfter?.Delta is { } delta ? (int)delta.TotalSeconds : 0;
        return (body.GetProperty("error").GetString(), retryAfter);
    }
}
