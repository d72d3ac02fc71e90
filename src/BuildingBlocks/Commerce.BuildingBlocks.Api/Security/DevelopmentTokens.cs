using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Commerce.BuildingBlocks.Api.Security;

/// <summary>
/// Mints tokens signed with <c>Auth:SigningKey</c>, the way a local identity provider would. Only the Development
/// endpoint and the <c>token</c> command of the host use it; with an Authority configured there is no key to sign with.
/// </summary>
public sealed class DevelopmentTokens(AuthOptions options, TimeProvider clock)
{
    /// <param name="email">The address the token states as its holder's, as an identity provider's <c>email</c> claim.</param>
    public MintedToken Mint(string userName, IReadOnlyCollection<string> roles, string? email = null)
    {
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new InvalidOperationException("Tokens can be minted only with Auth:SigningKey set; with an Authority, ask the identity provider.");
        }

        var now = clock.GetUtcNow();
        var expires = now + options.DevelopmentTokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [options.NameClaim] = userName,
            [options.RoleClaim] = roles.ToArray(),
        };
        if (email is not null)
        {
            claims["email"] = email;
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = string.IsNullOrWhiteSpace(options.Audience) ? null : options.Audience,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(SecurityRegistration.SigningKeyOf(options), SecurityAlgorithms.HmacSha256),
        });
        return new MintedToken(token, "Bearer", expires, userName, [.. roles]);
    }
}

public sealed record MintedToken(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, string UserName, IReadOnlyList<string> Roles);
