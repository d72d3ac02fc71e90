using Commerce.Users.Domain.Accounts;
using Commerce.Users.Infrastructure.Persistence;
using Commerce.Users.Infrastructure.TokenServer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Commerce.Users.Infrastructure;

/// <summary>
/// At start: the users schema brought up to date where the host owns it, every configured client registered, the
/// staff role present and given to the configured administrators (<c>Users:Administrators</c>, addresses whose
/// accounts exist by then).
/// </summary>
internal sealed class UsersSetup(IServiceScopeFactory scopes, TokenServerOptions options, AdministratorsOptions administrators) : IHostedService
{
    /// <summary>The advisory lock the setup holds: any number, the same on every node ("users" in ASCII).</summary>
    private const long SetupLock = 0x7573657273;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        if (options.ApplyMigrationsAtStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        // Nodes starting at once take turns: each finds what the one before registered, instead of all inserting the
        // same client and role and all but one failing their start. Identity's and OpenIddict's stores save through
        // this scope's context, so inside this transaction, and the lock ends with it.
        await using var turn = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SetupLock})", cancellationToken);

        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var clients = options.Clients.Prepend(new ClientOptions { ClientId = TokenServerOptions.WebClientId, DisplayName = "Commerce shop fronts" });
        foreach (var client in clients.DistinctBy(c => c.ClientId, StringComparer.Ordinal))
        {
            if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is null)
            {
                await applications.CreateAsync(PublicClient(client), cancellationToken);
            }
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        if (!await roles.RoleExistsAsync(Account.AdminRole))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(Account.AdminRole) { Id = Guid.CreateVersion7() });
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        foreach (var email in administrators.Emails)
        {
            if (await users.FindByEmailAsync(email) is { } account && !await users.IsInRoleAsync(account, Account.AdminRole))
            {
                await users.AddToRoleAsync(account, Account.AdminRole);
            }
        }

        await turn.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OpenIddictApplicationDescriptor PublicClient(ClientOptions client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            DisplayName = client.DisplayName ?? client.ClientId,
            ClientType = ClientTypes.Public,
        };
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.Password,
            Permissions.GrantTypes.RefreshToken,
            .. AccountPrincipal.Offered.Where(s => s != Scopes.OpenId && s != Scopes.OfflineAccess).Select(s => Permissions.Prefixes.Scope + s),
        ]);
        return descriptor;
    }
}
