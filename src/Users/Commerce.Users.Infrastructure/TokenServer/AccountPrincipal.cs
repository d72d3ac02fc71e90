using System.Collections.Immutable;
using System.Security.Claims;
using Commerce.Users.Domain.Accounts;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Commerce.Users.Infrastructure.TokenServer;

/// <summary>What a token says about its account's holder, and which token says it.</summary>
internal static class AccountPrincipal
{
    /// <summary>Kept in the refresh token only: a refresh after the stamp changed is refused.</summary>
    public const string SecurityStampClaim = "commerce_security_stamp";

    public static readonly ImmutableArray<string> Offered = [Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess];

    public static ClaimsPrincipal For(Account account, IEnumerable<string> requestedScopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, account.UserName)
            .SetClaim(Claims.Email, account.Email)
            .SetClaim(Claims.EmailVerified, account.EmailVerified)
            .SetClaim(Claims.Name, account.DisplayName)
            .SetClaims(Claims.Role, [.. account.Roles])
            .SetClaim(SecurityStampClaim, account.SecurityStamp);

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(requestedScopes.Intersect(Offered, StringComparer.Ordinal));
        principal.SetResources(TokenServerOptions.Audience);
        principal.SetDestinations(claim => claim.Type switch
        {
            SecurityStampClaim => [],
            // The API keys baskets and orders by sub, mails the order's buyer at email and authorizes by role: the
            // access token always carries them. The identity token says what the scopes asked for.
            Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Email or Claims.EmailVerified => principal.HasScope(Scopes.Email)
                ? [Destinations.AccessToken, Destinations.IdentityToken]
                : [Destinations.AccessToken],
            Claims.Role => principal.HasScope(Scopes.Roles)
                ? [Destinations.AccessToken, Destinations.IdentityToken]
                : [Destinations.AccessToken],
            Claims.Name => principal.HasScope(Scopes.Profile)
                ? [Destinations.AccessToken, Destinations.IdentityToken]
                : [Destinations.AccessToken],
            _ => [Destinations.AccessToken],
        });
        return principal;
    }
}
