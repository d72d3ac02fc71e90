using Commerce.BuildingBlocks.Application;
using Commerce.Users.Application;
using Commerce.Users.Application.Ports;
using Commerce.Users.Domain.Accounts;
using Commerce.Users.Infrastructure.Accounts;
using Commerce.Users.Infrastructure.Persistence;
using Commerce.Users.Infrastructure.TokenServer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Commerce.Users.Infrastructure;

public static class UsersInfrastructure
{
    /// <summary>The authentication scheme that checks tokens this shop issued.</summary>
    public const string TokenValidationScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    public static IServiceCollection AddUsersInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TokenServerOptions.Section).Get<TokenServerOptions>() ?? new TokenServerOptions();
        var connectionString = configuration.GetConnectionString("Commerce")
            ?? throw new SettingRefusedException("ConnectionStrings:Commerce is not set.");
        services.AddSingleton(options);
        services.AddSingleton(configuration.GetSection(UsersOptions.Section).Get<UsersOptions>() ?? new UsersOptions());
        var signInLimits = configuration.GetSection(SignInLimits.Section).Get<SignInLimits>() ?? new SignInLimits();
        signInLimits.Enabled &= configuration.GetValue("RateLimiting:Enabled", true);
        services.AddSingleton(signInLimits);
        services.AddDbContext<UsersDbContext>(db => UsersPersistence.Configure(db, connectionString));

        services.AddIdentityCore<UserAccount>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // Length is the rule (Passwords); composition rules are off on purpose.
                identity.Password.RequiredLength = Passwords.MinLength;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 1;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Users:Lockout:MaxFailedAttempts", 5);
                identity.Lockout.DefaultLockoutTimeSpan = configuration.GetValue("Users:Lockout:Duration", TimeSpan.FromMinutes(15));
                // Six-digit codes a person types from the email, made from the security stamp: nothing to store, the
                // same on every node, and a reset's code dies with the stamp it changes.
                identity.Tokens.EmailConfirmationTokenProvider = TokenOptions.DefaultEmailProvider;
                identity.Tokens.PasswordResetTokenProvider = TokenOptions.DefaultEmailProvider;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddScoped<IAccounts, IdentityAccounts>();
        services.AddScoped<IAccountProofs, IdentityAccountProofs>();
        services.AddScoped<IAddressBooks, IdentityAddressBooks>();
        services.AddScoped<IAccountsOutbox, EntityFrameworkOutbox>();
        services.AddScoped<ISignIns, OpenIddictSignIns>();

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<UsersDbContext>())
            .AddServer(server =>
            {
                if (options.Issuer is not null)
                {
                    server.SetIssuer(options.Issuer);
                }

                server.SetTokenEndpointUris("connect/token")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .AllowPasswordFlow()
                    .AllowRefreshTokenFlow()
                    .RegisterScopes([.. AccountPrincipal.Offered])
                    .SetAccessTokenLifetime(options.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(options.RefreshTokenLifetime)
                    // A refresh token works once: the second use is a stolen copy, and revokes the sign-in's every token.
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero)
                    .DisableAccessTokenEncryption()
                    .AddEncryptionKey(TokenKeys.Encryption(options))
                    .AddEventHandler(SignInThrottle.Descriptor)
                    .AddEventHandler(PasswordGrant.Descriptor)
                    .AddEventHandler(RefreshGrant.Descriptor);
                foreach (var key in TokenKeys.Signing(options))
                {
                    server.AddSigningKey(key);
                }

                var aspNetCore = server.UseAspNetCore();
                if (!options.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                // Each access token is checked against its entry and its sign-in's: a revocation, a refresh token's
                // reuse, a disabled account or a password reset ends it within seconds, not when it expires.
                validation.EnableTokenEntryValidation();
                validation.EnableAuthorizationEntryValidation();
                validation.Configure(RecentEntryChecks.Install);
                validation.AddAudiences(TokenServerOptions.Audience);
                validation.UseAspNetCore();
                // The rest of the API knows the holder by sub (the account id), as it knows other issuers' users.
                validation.Configure(o => o.TokenValidationParameters.NameClaimType = Claims.Subject);
            });
        services.AddSingleton<RecentEntryChecks>();
        services.AddSingleton<RecentEntryChecks.UnlessPassedRecently>();
        services.AddSingleton<RecentEntryChecks.RecordPass>();
        services.AddSingleton(new AdministratorsOptions(configuration.GetSection("Users:Administrators").Get<string[]>() ?? []));
        services.AddHostedService<UsersSetup>();
        return services;
    }
}
