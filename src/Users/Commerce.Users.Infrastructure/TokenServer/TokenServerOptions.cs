namespace Commerce.Users.Infrastructure.TokenServer;

/// <summary>The shop's own OpenID Connect issuer (<c>Users:Tokens</c>).</summary>
public sealed class TokenServerOptions
{
    public const string Section = "Users:Tokens";

    /// <summary>The public client every shop front uses: no secret, password and refresh grants.</summary>
    public const string WebClientId = "commerce-web";

    /// <summary>The audience access tokens are issued for, the one the API checks.</summary>
    public const string Audience = "commerce";

    /// <summary>The issuer's address as clients see it; empty: the address each request came to.</summary>
    public Uri? Issuer { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How long an access token that passed its entry checks is not checked again (RecentEntryChecks): the
    /// longest a revoked sign-in's access token still works. Zero checks every request.</summary>
    public TimeSpan EntryCheckLifetime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>PEM files (PKCS#8 or PKCS#1 RSA private keys) that sign tokens. The first signs; all are published,
    /// so during a rotation the next key is listed second, then first once clients have fetched it.</summary>
    public string[] SigningKeyFiles { get; set; } = [];

    /// <summary>A PEM RSA private key that encrypts refresh tokens; kept across restarts, or they stop working.</summary>
    public string? EncryptionKeyFile { get; set; }

    /// <summary>Development only: with no key files, create keys on first run under <see cref="DevelopmentKeyFolder"/>
    /// and keep them, so tokens outlive a restart. Outside development the host refuses to start without key files.</summary>
    public bool CreateDevelopmentKeys { get; set; }

    public string DevelopmentKeyFolder { get; set; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "commerce", "token-keys");

    /// <summary>Off only where the API is served over plain HTTP (development, tests).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Clients besides <see cref="WebClientId"/>, registered at start.</summary>
    public ClientOptions[] Clients { get; set; } = [];

    /// <summary>Whether the host brings the users schema up to date when it starts (development, tests); elsewhere
    /// <c>Commerce.Host migrate</c> does, before the new version starts.</summary>
    public bool ApplyMigrationsAtStart { get; set; }
}

public sealed class ClientOptions
{
    public string ClientId { get; set; } = string.Empty;

    public string? DisplayName { get; set; }
}
