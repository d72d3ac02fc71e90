using Commerce.Users.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Commerce.Users.Infrastructure.TokenServer;

/// <summary>At start: the users schema brought up to date where the host owns it, and every configured client registered.</summary>
internal sealed class TokenServerSetup(IServiceScopeFactory scopes, TokenServerOptions options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (options.ApplyMigrationsAtStart)
        {
            await scope.ServiceProvider.GetRequiredService<UsersDbContext>().Database.MigrateAsync(cancellationToken);
        }

        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var clients = options.Clients.Prepend(new ClientOptions { ClientId = TokenServerOptions.WebClientId, DisplayName = "Commerce shop fronts" });
        foreach (var client in clients.DistinctBy(c => c.ClientId, StringComparer.Ordinal))
        {
            if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is null)
            {
                await applications.CreateAsync(PublicClient(client), cancellationToken);
            }
        }
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
