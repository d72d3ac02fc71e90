using System.Security.Claims;

namespace Commerce.BuildingBlocks.Api.Security;

/// <summary>
/// For an issuer whose access tokens carry no audience (Amazon Cognito): the app client is the <c>client_id</c> claim,
/// and the pool's ID tokens (<c>token_use</c> = <c>id</c>) are signed by the same keys, so without this check any app
/// client of the pool, or an ID token, would pass as a caller of this API.
/// </summary>
public static class AppClientCheck
{
    public const string TokenUseClaim = "token_use";
    public const string ClientIdClaim = "client_id";

    /// <summary>Why the token is refused, or null when it is an access token of one of <paramref name="clientIds"/>.</summary>
    public static string? Refusal(ClaimsPrincipal? principal, IReadOnlyCollection<string> clientIds)
    {
        ArgumentNullException.ThrowIfNull(clientIds);
        var use = principal?.FindFirst(TokenUseClaim)?.Value;
        if (use != "access")
        {
            return $"Only access tokens are accepted; this one has {TokenUseClaim} '{use}'.";
        }

        var client = principal!.FindFirst(ClientIdClaim)?.Value;
        return client is not null && clientIds.Contains(client, StringComparer.Ordinal)
            ? null
            : $"The token was issued to app client '{client}', which Auth:ClientIds does not name.";
    }
}
