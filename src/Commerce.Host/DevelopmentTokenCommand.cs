using Commerce.BuildingBlocks.Api.Security;

namespace Commerce.Host;

/// <summary><c>dotnet run --project src/Commerce.Host -- token alice [admin|customer…]</c> prints a bearer token.</summary>
internal static class DevelopmentTokenCommand
{
    public static int Run(string[] args, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            Console.Error.WriteLine("Tokens are minted in Development only (ASPNETCORE_ENVIRONMENT=Development); elsewhere the identity provider issues them.");
            return 2;
        }

        if (args is not ["token", var userName, .. var roles])
        {
            Console.Error.WriteLine("usage: token <userName> [role…]   e.g. token alice   or   token ops admin");
            return 2;
        }

        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var minted = new DevelopmentTokens(options, TimeProvider.System).Mint(userName, roles.Length == 0 ? [Roles.Customer] : roles);
        Console.WriteLine(minted.AccessToken);
        return 0;
    }
}
