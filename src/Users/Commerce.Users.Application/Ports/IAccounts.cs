using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Users.Domain.Accounts;
using Commerce.Users.Domain.Addresses;

namespace Commerce.Users.Application.Ports;

/// <summary>The accounts' store and the checks on what proves their holders (passwords, lockout), owned by ASP.NET Core Identity.</summary>
public interface IAccounts
{
    /// <summary>Opens an account, or finds the one the address already has (then nothing changes). Either way it costs
    /// the same time, so the answer's timing tells no one whether the address is known.</summary>
    Task<Registration> RegisterAsync(string email, string displayName, string password, CancellationToken cancellationToken);

    Task<Account?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>A new code for <paramref name="purpose"/>. A password reset's works once: the new password changes
    /// what every code is made from.</summary>
    Task<OneTimeCode> NewCodeAsync(Guid id, CodePurpose purpose, CancellationToken cancellationToken);

    /// <summary>Marks the address verified; false when the address is unknown, the code wrong or expired, or the account
    /// locked out (a wrong code counts towards the lockout, as a wrong password does).</summary>
    Task<bool> VerifyEmailAsync(string email, string code, CancellationToken cancellationToken);

    /// <summary>Sets the new password (with a new security stamp); the code also proves the address, so it is verified.
    /// Null, and the same way, as <see cref="VerifyEmailAsync"/> refuses.</summary>
    Task<Account?> ResetPasswordAsync(string email, string code, string newPassword, CancellationToken cancellationToken);

    /// <summary>The account whose password this is; null when the address is unknown, the password wrong or the
    /// account locked out (a wrong password counts towards the lockout). All three look alike to the caller.</summary>
    Task<Account?> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken);

    Task<Account?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task RecordSignInAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Accounts whose address or name contains <paramref name="search"/> (any case), oldest first.</summary>
    Task<PagedResult<Account>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Stores the status and, with it, a new security stamp.</summary>
    Task ChangeStatusAsync(Guid id, AccountStatus status, CancellationToken cancellationToken);

    Task ChangeDisplayNameAsync(Guid id, string displayName, CancellationToken cancellationToken);

    /// <summary>The account's address book; null when there is no such account.</summary>
    Task<AddressBook?> FindAddressBookAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Stores the whole book; a change committed since it was read is a conflict, not overwritten.</summary>
    Task SaveAddressBookAsync(Guid id, AddressBook book, CancellationToken cancellationToken);

    Task GrantRoleAsync(Guid id, string role, CancellationToken cancellationToken);

    Task RevokeRoleAsync(Guid id, string role, CancellationToken cancellationToken);
}
