using Commerce.BuildingBlocks.Application;
using Commerce.Users.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Commerce.Users.Infrastructure;

/// <summary>The host's <c>migrate</c> command: brings the users schema up to date, for deployments whose hosts do not
/// (<c>Users:Tokens:ApplyMigrationsAtStart</c> off, the default outside Development).</summary>
public static class UsersMigrations
{
    /// <returns>The migrations applied now (none when the schema was up to date).</returns>
    public static async Task<IReadOnlyList<string>> ApplyAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString("Commerce")
            ?? throw new SettingRefusedException("ConnectionStrings:Commerce is not set.");
        await using var db = new UsersDbContext(UsersPersistence.Configure(new DbContextOptionsBuilder<UsersDbContext>(), connectionString).Options);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        // EF Core takes a database lock around this, so two hosts migrating at once apply each migration once.
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
