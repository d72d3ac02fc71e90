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

    /// <summary>The <c>aud</c> a token must carry. Empty with an <see cref="Authority"/> (Amazon Cognito's access tokens
    /// carry no audience) means <see cref="ClientIds"/> must name the accepted app clients instead.</summary>
    public string? Audience { get; set; } = "commerce";

    /// <summary>With an <see cref="Authority"/> and no <see cref="Audience"/>: the app clients (<c>client_id</c>) whose
    /// access tokens (<c>token_use</c> = <c>access</c>) are accepted.</summary>
    public string[] ClientIds { get; set; } = [];

    /// <summary>The claim holding the user name that owns baskets and orders (Cognito: <c>username</c>).</summary>
    public string NameClaim { get; set; } = "sub";

    /// <summary>The claim holding roles (Cognito: <c>cognito:groups</c>).</summary>
    public string RoleClaim { get; set; } = "role";

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Whether tokens of an issuer other than the shop's own are accepted (an <see cref="Authority"/> or a
    /// shared <see cref="SigningKey"/>).</summary>
    public bool NamesAnotherIssuer => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);

    /// <summary>Lifetime of tokens minted for development.</summary>
    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
