using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Domain.Accounts;
using Commerce.Users.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Users.Infrastructure.Accounts;

/// <summary>What the Identity adapters share: reading an account's row and what Identity answered.</summary>
internal static class IdentityRows
{
    /// <summary>Hashed against when there is no account, so an unknown address costs what a known one does.</summary>
    public static readonly UserAccount Nobody = new();

    public static async Task<UserAccount> FindAsync(UserManager<UserAccount> users, Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("Account", id);

    public static void Succeeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what} failed: {string.Join(", ", result.Errors.Select(e => e.Code))}.");
        }
    }

    public static async Task<Account> ToAccountAsync(UserManager<UserAccount> users, UserAccount account) => new(
        account.Id,
        account.Email!,
        account.DisplayName,
        account.Status,
        account.EmailConfirmed,
        [.. (await users.GetRolesAsync(account)).Order(StringComparer.Ordinal)],
        account.SecurityStamp ?? string.Empty);
}
