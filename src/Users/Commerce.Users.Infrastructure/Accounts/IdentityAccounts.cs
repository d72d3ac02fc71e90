using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Users.Application.Ports;
using Commerce.Users.Domain.Accounts;
using Commerce.Users.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Users.Infrastructure.Accounts;

internal sealed class IdentityAccounts(UserManager<UserAccount> users, IPasswordHasher<UserAccount> hasher, TimeProvider clock) : IAccounts
{
    public async Task<Registration> RegisterAsync(string email, string displayName, string password, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email) is { } known)
        {
            hasher.HashPassword(IdentityRows.Nobody, password);
            return new Registration(await IdentityRows.ToAccountAsync(users, known), Opened: false);
        }

        var id = Guid.CreateVersion7();
        var account = new UserAccount
        {
            Id = id,
            UserName = id.ToString(),
            Email = email,
            DisplayName = displayName,
            Status = AccountStatus.Active,
            CreatedAt = clock.GetUtcNow(),
        };
        try
        {
            IdentityRows.Succeeded(await users.CreateAsync(account, password), "Opening an account");
            return new Registration(await IdentityRows.ToAccountAsync(users, account), Opened: true);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another sign-up for the same address committed between the check and the insert (EF Core rolled back to
            // its savepoint, so the transaction goes on).
            return new Registration(await IdentityRows.ToAccountAsync(users, await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("The account that won the race is gone.")), Opened: false);
        }
    }

    public async Task<Account?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(email) is { } account ? await IdentityRows.ToAccountAsync(users, account) : null;

    public async Task<Account?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(id.ToString()) is { } account ? await IdentityRows.ToAccountAsync(users, account) : null;

    public async Task RecordSignInAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var account = await IdentityRows.FindAsync(users, id);
        account.LastSignInAt = at;
        IdentityRows.Succeeded(await users.UpdateAsync(account), "Recording a sign-in");
    }

    public async Task<PagedResult<Account>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrEmpty(search))
        {
            var pattern = "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(u => EF.Functions.ILike(u.Email!, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderBy(u => u.CreatedAt).ThenBy(u => u.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var accounts = new List<Account>(rows.Count);
        foreach (var row in rows)
        {
            accounts.Add(await IdentityRows.ToAccountAsync(users, row));
        }

        return new PagedResult<Account>(accounts, page, pageSize, total);
    }

    public async Task ChangeStatusAsync(Guid id, AccountStatus status, CancellationToken cancellationToken)
    {
        var account = await IdentityRows.FindAsync(users, id);
        account.Status = status;
        // UpdateSecurityStampAsync stores the row with its new stamp: the status and the end of old sign-ins go together.
        IdentityRows.Succeeded(await users.UpdateSecurityStampAsync(account), "Changing an account's status");
    }

    public async Task MarkEmailVerifiedAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await IdentityRows.FindAsync(users, id);
        account.EmailConfirmed = true;
        IdentityRows.Succeeded(await users.UpdateAsync(account), "Verifying an address");
    }

    public async Task ChangeDisplayNameAsync(Guid id, string displayName, CancellationToken cancellationToken)
    {
        var account = await IdentityRows.FindAsync(users, id);
        account.DisplayName = displayName;
        IdentityRows.Succeeded(await users.UpdateAsync(account), "Changing a display name");
    }

    public async Task GrantRoleAsync(Guid id, string role, CancellationToken cancellationToken) =>
        IdentityRows.Succeeded(await users.AddToRoleAsync(await IdentityRows.FindAsync(users, id), role), "Granting a role");

    public async Task RevokeRoleAsync(Guid id, string role, CancellationToken cancellationToken) =>
        IdentityRows.Succeeded(await users.RemoveFromRoleAsync(await IdentityRows.FindAsync(users, id), role), "Revoking a role");
}
