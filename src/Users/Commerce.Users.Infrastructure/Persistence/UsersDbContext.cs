using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Users.Infrastructure.Persistence;

/// <summary>Identity's and OpenIddict's tables, in a schema of their own beside Marten's (docs/decisions/0009).</summary>
internal sealed class UsersDbContext(DbContextOptions<UsersDbContext> options)
    : IdentityDbContext<UserAccount, IdentityRole<Guid>, Guid>(options)
{
    public const string Schema = "users";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<UserAccount>(account =>
        {
            // Identity checks the address before inserting; only a unique index keeps two racing sign-ups apart.
            account.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex").IsUnique();
            account.Property(u => u.DisplayName).HasMaxLength(Domain.Accounts.Account.MaxDisplayNameLength);
            account.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
            account.OwnsMany(u => u.Addresses, addresses => addresses.ToJson("addresses"));
        });
    }
}
