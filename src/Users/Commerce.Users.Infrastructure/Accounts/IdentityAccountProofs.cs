using Commerce.Users.Application.Ports;
using Commerce.Users.Domain.Accounts;
using Commerce.Users.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Users.Infrastructure.Accounts;

internal sealed class IdentityAccountProofs(
    UserManager<UserAccount> users, SignInManager<UserAccount> signIns, IPasswordHasher<UserAccount> hasher, TimeProvider clock) : IAccountProofs
{
    // Once per process, not per request: made per (scoped) instance, it cost an unknown address a second hash.
    private static string? nobodysHash;

    private string NobodysHash => nobodysHash ??= hasher.HashPassword(IdentityRows.Nobody, Guid.NewGuid().ToString());

    public async Task<Account?> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var account = await users.FindByEmailAsync(email);
        if (account is null || await users.IsLockedOutAsync(account))
        {
            // One hash, as a wrong password costs: Identity refuses a locked account without hashing at all, and the
            // time of the answer would tell it apart.
            hasher.VerifyHashedPassword(IdentityRows.Nobody, NobodysHash, password);
            return null;
        }

        var result = await signIns.CheckPasswordSignInAsync(account, password, lockoutOnFailure: true);
        return result.Succeeded ? await IdentityRows.ToAccountAsync(users, account) : null;
    }

    public async Task<bool> IsLockedOutAsync(Guid accountId, CancellationToken cancellationToken) =>
        await users.IsLockedOutAsync(await IdentityRows.FindAsync(users, accountId));

    public async Task CountFailedTryAsync(Guid accountId, CancellationToken cancellationToken) =>
        IdentityRows.Succeeded(await users.AccessFailedAsync(await IdentityRows.FindAsync(users, accountId)), "Counting a failed try");

    public async Task ClearFailedTriesAsync(Guid accountId, CancellationToken cancellationToken) =>
        IdentityRows.Succeeded(await users.ResetAccessFailedCountAsync(await IdentityRows.FindAsync(users, accountId)), "Clearing failed tries");

    public async Task<OneTimeCode> NewCodeAsync(Guid accountId, CodePurpose purpose, CancellationToken cancellationToken)
    {
        var account = await IdentityRows.FindAsync(users, accountId);
        var code = purpose switch
        {
            CodePurpose.EmailVerification => await users.GenerateEmailConfirmationTokenAsync(account),
            CodePurpose.PasswordReset => await users.GeneratePasswordResetTokenAsync(account),
            _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
        };
        return new OneTimeCode(code, clock.GetUtcNow() + OneTimeCode.Lifetime);
    }

    public async Task<bool> ConfirmEmailAsync(Guid accountId, string code, CancellationToken cancellationToken) =>
        CodeAccepted(await users.ConfirmEmailAsync(await IdentityRows.FindAsync(users, accountId), code));

    public async Task<bool> ResetPasswordAsync(Guid accountId, string code, string newPassword, CancellationToken cancellationToken) =>
        CodeAccepted(await users.ResetPasswordAsync(await IdentityRows.FindAsync(users, accountId), code, newPassword));

    /// <summary>A wrong or expired code is an answer; anything else Identity refused is a fault.</summary>
    private static bool CodeAccepted(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return true;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return false;
        }

        IdentityRows.Succeeded(result, "Checking a code");
        return false;
    }
}
