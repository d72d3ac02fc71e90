namespace Commerce.BuildingBlocks.Api.Security;

/// <summary>
/// How bearer tokens are checked. Production names an OpenID Connect <see cref="Authority"/> (Amazon Cognito, Entra ID,
/// Keycloak…) whose signing keys are fetched from its JWKS; a local setup signs with a shared <see cref="SigningKey"/>.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The issuer's base address; its <c>.well-known/openid-configuration</c> names the keys.</summary>
    public string? Authority { get; set; }

    /// <summary>A symmetric HS256 key of at least 32 bytes, for tokens minted by this app (Development) or a gateway.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "commerce";

    /// <summary>Empty accepts any audience (Cognito access tokens carry <c>client_id</c> instead).</summary>
    public string? Audience { get; set; } = "commerce";

    /// <summary>The claim holding the user name that owns baskets and orders (Cognito: <c>username</c>).</summary>
    public string NameClaim { get; set; } = "sub";

    /// <summary>The claim holding roles (Cognito: <c>cognito:groups</c>).</summary>
    public string RoleClaim { get; set; } = "role";

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Lifetime of tokens minted for development.</summary>
    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
