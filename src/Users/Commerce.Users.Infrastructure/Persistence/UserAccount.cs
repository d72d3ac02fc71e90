using Commerce.Users.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Users.Infrastructure.Persistence;

/// <summary>Identity's user row, with what the shop adds to it.</summary>
internal sealed class UserAccount : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public AccountStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
