using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Commerce.BuildingBlocks.Api.Security;

/// <summary>The scheme that checks the shop's own tokens, when a context issues them, and the names of its accounts.</summary>
public sealed record LocalTokenScheme(string Name, Func<string?, bool> NamesAnAccount);

/// <summary>
/// Picks the scheme by the token's issuer, read without trusting it: the chosen scheme then checks signature,
/// issuer, audience and lifetime, so a forged <c>iss</c> only picks which check refuses the token.
/// </summary>
internal static class BearerIssuer
{
    private const string Prefix = "Bearer ";

    /// <param name="externalIssuer">The other issuer's; null when the shop's own is the only one.</param>
    public static string SchemeFor(HttpContext context, string? externalIssuer)
    {
        var local = context.RequestServices.GetService<LocalTokenScheme>();
        if (externalIssuer is null)
        {
            return local?.Name ?? throw new InvalidOperationException("No scheme checks tokens: neither another issuer nor the shop's own is configured.");
        }

        string? header = context.Request.Headers.Authorization;
        if (local is null || header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return JwtBearerDefaults.AuthenticationScheme;
        }

        var issuer = IssuerOf(header[Prefix.Length..].Trim());
        return issuer is null || string.Equals(issuer.TrimEnd('/'), externalIssuer.TrimEnd('/'), StringComparison.Ordinal)
            ? JwtBearerDefaults.AuthenticationScheme
            : local.Name;
    }

    private static string? IssuerOf(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
