using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Commerce.Users.Infrastructure.Persistence;

/// <summary>What <c>dotnet ef migrations add</c> builds the model with; it never connects.</summary>
internal sealed class DesignTimeUsersDbContext : IDesignTimeDbContextFactory<UsersDbContext>
{
    public UsersDbContext CreateDbContext(string[] args) =>
        new(UsersPersistence.Configure(new DbContextOptionsBuilder<UsersDbContext>(), "Host=localhost;Database=commerce").Options);
}
