using Commerce.Users.Infrastructure;

namespace Commerce.Host;

/// <summary><c>dotnet Commerce.Host.dll migrate</c>: applies the users schema's migrations to
/// <c>ConnectionStrings:Commerce</c> and exits, before a new version's hosts start. (Marten's schemas follow
/// <c>Persistence:ApplySchemaChangesOnStartup</c>.)</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration)
    {
        try
        {
            var applied = await UsersMigrations.ApplyAsync(configuration, CancellationToken.None);
            Console.WriteLine(applied.Count == 0 ? "users schema: up to date" : $"users schema: applied {string.Join(", ", applied)}");
            return 0;
        }
        catch (Exception exception) when (exception is InvalidOperationException or Npgsql.NpgsqlException)
        {
            await Console.Error.WriteLineAsync($"migrate failed: {exception.Message}");
            return 1;
        }
    }
}
