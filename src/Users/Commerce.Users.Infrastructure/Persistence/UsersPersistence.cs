using Microsoft.EntityFrameworkCore;

namespace Commerce.Users.Infrastructure.Persistence;

internal static class UsersPersistence
{
    public static TBuilder Configure<TBuilder>(TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", UsersDbContext.Schema));
        options.UseOpenIddict();
        return options;
    }
}
