using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Users.Domain.Accounts;

namespace Commerce.Users.Application.Ports;

/// <summary>The accounts' store, owned by ASP.NET Core Identity: who they are, their status and roles.</summary>
public interface IAccounts
{
    /// <summary>Opens an account, or finds the one the address already has (then nothing changes). Either way it costs
    /// the same time, so the answer's timing tells no one whether the address is known.</summary>
    Task<Registration> RegisterAsync(string email, string displayName, string password, CancellationToken cancellationToken);

    Task<Account?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<Account?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task RecordSignInAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Accounts whose address or name contains <paramref name="search"/> (any case), oldest first.</summary>
    Task<PagedResult<Account>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Stores the status and, with it, a new security stamp.</summary>
    Task ChangeStatusAsync(Guid id, AccountStatus status, CancellationToken cancellationToken);

    Task ChangeDisplayNameAsync(Guid id, string displayName, CancellationToken cancellationToken);

    /// <summary>The address proved itself (a reset code reached it).</summary>
    Task MarkEmailVerifiedAsync(Guid id, CancellationToken cancellationToken);

    Task GrantRoleAsync(Guid id, string role, CancellationToken cancellationToken);

    Task RevokeRoleAsync(Guid id, string role, CancellationToken cancellationToken);
}
