using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Ports;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.Users.Domain.Accounts;
using Commerce.Users.Domain.Addresses;
using Commerce.Users.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Users.Infrastructure.Accounts;

internal sealed class IdentityAccounts(
    UserManager<UserAccount> users,
    SignInManager<UserAccount> signIns,
    IPasswordHasher<UserAccount> hasher,
    TimeProvider clock) : IAccounts
{
    // Hashed against when there is no account, so an unknown address costs what a known one does.
    private static readonly UserAccount Nobody = new();

    public async Task<Registration> RegisterAsync(string email, string displayName, string password, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email) is { } known)
        {
            hasher.HashPassword(Nobody, password);
            return new Registration(await ToAccountAsync(known), Opened: false);
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
            Succeeded(await users.CreateAsync(account, password), "Opening an account");
            return new Registration(await ToAccountAsync(account), Opened: true);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another sign-up for the same address committed between the check and the insert (EF Core rolled back to
            // its savepoint, so the transaction goes on).
            return new Registration(await ToAccountAsync(await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("The account that won the race is gone.")), Opened: false);
        }
    }

    public async Task<Account?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(email) is { } account ? await ToAccountAsync(account) : null;

    public async Task<OneTimeCode> NewCodeAsync(Guid id, CodePurpose purpose, CancellationToken cancellationToken)
    {
        var account = await FindRowAsync(id);
        var code = purpose switch
        {
            CodePurpose.EmailVerification => await users.GenerateEmailConfirmationTokenAsync(account),
            CodePurpose.PasswordReset => await users.GeneratePasswordResetTokenAsync(account),
            _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
        };
        return new OneTimeCode(code, clock.GetUtcNow() + OneTimeCode.Lifetime);
    }

    public async Task<bool> VerifyEmailAsync(string email, string code, CancellationToken cancellationToken)
    {
        var account = await AcceptingCodesAsync(email);
        return account is not null && await CodeAcceptedAsync(account, await users.ConfirmEmailAsync(account, code));
    }

    public async Task<Account?> ResetPasswordAsync(string email, string code, string newPassword, CancellationToken cancellationToken)
    {
        var account = await AcceptingCodesAsync(email);
        if (account is null || !await CodeAcceptedAsync(account, await users.ResetPasswordAsync(account, code, newPassword)))
        {
            return null;
        }

        account.EmailConfirmed = true;
        Succeeded(await users.UpdateAsync(account), "Verifying the address a reset code reached");
        return await ToAccountAsync(account);
    }

    /// <summary>The account codes are checked against; null for an unknown address or a locked-out account, which
    /// answer as a wrong code does.</summary>
    private async Task<UserAccount?> AcceptingCodesAsync(string email) =>
        await users.FindByEmailAsync(email) is { } account && !await users.IsLockedOutAsync(account) ? account : null;

    private async Task<bool> CodeAcceptedAsync(UserAccount account, IdentityResult result)
    {
        if (result.Succeeded)
        {
            Succeeded(await users.ResetAccessFailedCountAsync(account), "Clearing failed tries");
            return true;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            Succeeded(await users.AccessFailedAsync(account), "Counting a failed try");
            return false;
        }

        Succeeded(result, "Checking a code");
        return false;
    }

    public async Task<Account?> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var account = await users.FindByEmailAsync(email);
        if (account is null || await users.IsLockedOutAsync(account))
        {
            // One hash, as a wrong password costs: Identity refuses a locked account without hashing at all, and the
            // time of the answer would tell it apart.
            hasher.VerifyHashedPassword(Nobody, NobodysHash, password);
            return null;
        }

        var result = await signIns.CheckPasswordSignInAsync(account, password, lockoutOnFailure: true);
        return result.Succeeded ? await ToAccountAsync(account) : null;
    }

    public async Task<Account?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(id.ToString()) is { } account ? await ToAccountAsync(account) : null;

    public async Task RecordSignInAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var account = await FindRowAsync(id);
        account.LastSignInAt = at;
        Succeeded(await users.UpdateAsync(account), "Recording a sign-in");
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
            accounts.Add(await ToAccountAsync(row));
        }

        return new PagedResult<Account>(accounts, page, pageSize, total);
    }

    public async Task ChangeStatusAsync(Guid id, AccountStatus status, CancellationToken cancellationToken)
    {
        var account = await FindRowAsync(id);
        account.Status = status;
        // UpdateSecurityStampAsync stores the row with its new stamp: the status and the end of old sign-ins go together.
        Succeeded(await users.UpdateSecurityStampAsync(account), "Changing an account's status");
    }

    public async Task ChangeDisplayNameAsync(Guid id, string displayName, CancellationToken cancellationToken)
    {
        var account = await FindRowAsync(id);
        account.DisplayName = displayName;
        Succeeded(await users.UpdateAsync(account), "Changing a display name");
    }

    public async Task<AddressBook?> FindAddressBookAsync(Guid id, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(id.ToString()) is { } account
            ? new AddressBook(account.Addresses.Select(a =>
                new SavedAddress(a.Id, a.Label, new PostalAddress(a.Street, a.City, a.State, a.ZipCode, a.Country), a.IsDefault)))
            : null;

    public async Task SaveAddressBookAsync(Guid id, AddressBook book, CancellationToken cancellationToken)
    {
        // The row this scope read (Identity's store tracks it): its concurrency stamp is the one the book was read at.
        var account = await FindRowAsync(id);
        account.Addresses = [.. book.Addresses.Select(a => new AddressRow
        {
            Id = a.Id, Label = a.Label, Street = a.Address.Street, City = a.Address.City, State = a.Address.State,
            ZipCode = a.Address.ZipCode, Country = a.Address.Country, IsDefault = a.IsDefault,
        })];
        var result = await users.UpdateAsync(account);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new ConflictException("concurrent_update", "The address book changed meanwhile; read it again and retry.");
        }

        Succeeded(result, "Saving an address book");
    }

    public async Task GrantRoleAsync(Guid id, string role, CancellationToken cancellationToken) =>
        Succeeded(await users.AddToRoleAsync(await FindRowAsync(id), role), "Granting a role");

    public async Task RevokeRoleAsync(Guid id, string role, CancellationToken cancellationToken) =>
        Succeeded(await users.RemoveFromRoleAsync(await FindRowAsync(id), role), "Revoking a role");

    private async Task<UserAccount> FindRowAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("Account", id);

    private static void Succeeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what} failed: {string.Join(", ", result.Errors.Select(e => e.Code))}.");
        }
    }

    // Once per process, not per request: made per (scoped) instance, it cost an unknown address a second hash.
    private static string? nobodysHash;

    private string NobodysHash => nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());

    private async Task<Account> ToAccountAsync(UserAccount account) => new(
        account.Id,
        account.Email!,
        account.DisplayName,
        account.Status,
        account.EmailConfirmed,
        [.. (await users.GetRolesAsync(account)).Order(StringComparer.Ordinal)],
        account.SecurityStamp ?? string.Empty);
}
