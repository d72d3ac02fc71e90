using Commerce.Users.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;

namespace Commerce.Api.Tests;

/// <summary>Several nodes starting at once on a database none of them has set up yet.</summary>
public class UsersSetupRaceTests(UsersApiFactory factory) : IClassFixture<UsersApiFactory>
{
    [Fact]
    public async Task Nodes_setting_up_at_once_register_the_web_client_and_the_staff_role_once_and_all_start()
    {
        var services = factory.Services;
        await using (var scope = services.CreateAsyncScope())
        {
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            await applications.DeleteAsync((await applications.FindByClientIdAsync("commerce-web"))!);
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            (await roles.DeleteAsync((await roles.FindByNameAsync(Account.AdminRole))!)).Succeeded.Should().BeTrue();
        }

        var setup = services.GetServices<IHostedService>().Single(s => s.GetType().Name == "UsersSetup");
        var nodes = Enumerable.Range(0, 6).Select(_ => Task.Run(() => setup.StartAsync(CancellationToken.None)));
        await Task.WhenAll(nodes);

        await using var check = services.CreateAsyncScope();
        var clients = new List<object>();
        await foreach (var application in check.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().ListAsync())
        {
            clients.Add(application);
        }

        clients.Should().ContainSingle("one commerce-web, however many nodes registered it");
        (await check.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>().RoleExistsAsync(Account.AdminRole)).Should().BeTrue();
    }
}
