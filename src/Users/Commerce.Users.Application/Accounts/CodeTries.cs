using Commerce.Users.Application.Ports;
using Commerce.Users.Domain.Accounts;

namespace Commerce.Users.Application.Accounts;

/// <summary>
/// A code tried against an address, as email verification and password reset take them: an unknown address, a
/// locked-out account and a wrong code all fail alike, and a wrong code counts towards the lockout (so codes cannot be
/// guessed faster than passwords); a right one clears the count.
/// </summary>
internal sealed class CodeTries(IAccounts accounts, IAccountProofs proofs)
{
    /// <param name="tryCode">Applies the code to the account; false when the code is wrong or expired.</param>
    /// <returns>The account the code was right for; null otherwise.</returns>
    public async Task<Account?> TryAsync(string email, Func<Guid, Task<bool>> tryCode, CancellationToken cancellationToken)
    {
        if (await accounts.FindByEmailAsync(email, cancellationToken) is not { } account || await proofs.IsLockedOutAsync(account.Id, cancellationToken))
        {
            return null;
        }

        if (!await tryCode(account.Id))
        {
            await proofs.CountFailedTryAsync(account.Id, cancellationToken);
            return null;
        }

        await proofs.ClearFailedTriesAsync(account.Id, cancellationToken);
        return account;
    }
}
