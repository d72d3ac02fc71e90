using Commerce.BuildingBlocks.Application;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Commerce.BuildingBlocks.Api.Security;

public static class SecurityRegistration
{
    /// <summary>The default scheme: it hands each request to the scheme that checks its token's issuer.</summary>
    public const string Scheme = "Commerce";

    /// <summary>JWT bearer authentication and the <c>admin</c> and <c>customer</c> policies.</summary>
    /// <param name="ownIssuer">Whether this host issues tokens itself (the Users context): then it needs no other issuer.</param>
    public static IServiceCollection AddCommerceSecurity(this IServiceCollection services, IConfiguration configuration, bool ownIssuer)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (!options.NamesAnotherIssuer && !ownIssuer)
        {
            throw new SettingRefusedException(
                "Auth:Authority (an OpenID Connect issuer) or Auth:SigningKey (HS256, 32+ bytes) must be set, or the Users module enabled "
                + "so the shop issues its own tokens; see README, Security.");
        }

        var byAppClient = !string.IsNullOrWhiteSpace(options.Authority) && string.IsNullOrWhiteSpace(options.Audience);
        if (byAppClient && options.ClientIds.Length == 0)
        {
            throw new SettingRefusedException(
                "Auth:Authority is set and Auth:Audience is empty, so Auth:ClientIds must name the app clients whose access tokens are accepted "
                + "(Amazon Cognito's access tokens carry client_id, not aud); see README, Security.");
        }

        services.AddSingleton(options);
        var external = !options.NamesAnotherIssuer ? null : options.Authority is { Length: > 0 } authority ? authority : options.Issuer;
        var authentication = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "This shop's tokens, or the configured issuer's", policy =>
                policy.ForwardDefaultSelector = context => BearerIssuer.SchemeFor(context, external));
        if (options.NamesAnotherIssuer)
        {
            authentication.AddJwtBearer(jwt => ConfigureOtherIssuer(jwt, options, byAppClient));
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .AddPolicy(Roles.Customer, policy => policy.RequireAuthenticatedUser());
        services.AddSingleton<DevelopmentTokens>();
        return services;
    }

    private static void ConfigureOtherIssuer(JwtBearerOptions jwt, AuthOptions options, bool byAppClient)
    {
        // Claims keep the names the issuer gave them, so Name/RoleClaim mean what the token says.
        jwt.MapInboundClaims = false;
        jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            NameClaimType = options.NameClaim,
            RoleClaimType = options.RoleClaim,
            ValidateAudience = !string.IsNullOrWhiteSpace(options.Audience),
            ValidAudience = options.Audience,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
            jwt.TokenValidationParameters.IssuerSigningKey = SigningKeyOf(options);
        }
        else
        {
            jwt.Authority = options.Authority;
        }

        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                var refusal = byAppClient ? AppClientCheck.Refusal(context.Principal, options.ClientIds) : null;
                refusal ??= context.HttpContext.RequestServices.GetService<LocalTokenScheme>() is { } local
                    && local.NamesAnAccount(context.Principal?.Identity?.Name)
                        ? "The token names one of this shop's own accounts, which only the shop's own tokens may act for."
                        : null;
                if (refusal is not null)
                {
                    context.Fail(refusal);
                }

                return Task.CompletedTask;
            },
        };
    }

    /// <summary>Tokens this shop issues itself (the Users context) are checked by <paramref name="scheme"/>; those of
    /// the configured issuer (or development tokens) still by JWT bearer, both at once.</summary>
    /// <param name="namesAnAccount">Whether a user name is one of the local accounts' (the local issuer's namespace,
    /// refused in any other issuer's tokens).</param>
    public static IServiceCollection AddLocalTokenScheme(this IServiceCollection services, string scheme, Func<string?, bool> namesAnAccount) =>
        services.AddSingleton(new LocalTokenScheme(scheme, namesAnAccount));

    internal static SymmetricSecurityKey SigningKeyOf(AuthOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(options.SigningKey ?? string.Empty);
        return bytes.Length >= 32
            ? new SymmetricSecurityKey(bytes)
            : throw new SettingRefusedException("Auth:SigningKey must be at least 32 bytes long.");
    }
}
