using System.Net.Http.Json;
using System.Text.Json;

namespace Commerce.Api.Tests;

/// <summary>The token endpoint's forms, as the shop's web client (<c>commerce-web</c>) sends them.</summary>
internal static class TokenRequests
{
    public static Dictionary<string, string> Password(string grant, string email, string password) => new()
    {
        ["grant_type"] = grant,
        ["client_id"] = "commerce-web",
        ["username"] = email,
        ["password"] = password,
        ["scope"] = "openid email profile offline_access",
    };

    public static Dictionary<string, string> Refresh(string refreshToken) => new()
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = "commerce-web",
        ["refresh_token"] = refreshToken,
    };

    public static async Task<TokenAnswer> SendAsync(HttpClient anonymous, Dictionary<string, string> form)
    {
        var response = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        string? Text(string name) => body.TryGetProperty(name, out var value) ? value.GetString() : null;
        return new TokenAnswer(Text("access_token")!, Text("refresh_token"), Text("error"), Text("error_description"));
    }
}

internal sealed record TokenAnswer(string AccessToken, string? RefreshToken, string? Error, string? Description);
