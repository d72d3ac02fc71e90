using Commerce.Users.Domain.Accounts;

namespace Commerce.Users.Application.Ports;

/// <summary>
/// What proves an account's holder, as ASP.NET Core Identity keeps it: the password, the one-time codes made from the
/// security stamp, and the count of failed tries that locks the account out.
/// </summary>
public interface IAccountProofs
{
    /// <summary>The account whose password this is; null when the address is unknown, the password wrong or the
    /// account locked out (a wrong password counts towards the lockout). All three cost one hash and look alike.</summary>
    Task<Account?> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken);

    Task<bool> IsLockedOutAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>A wrong code counts towards the lockout as a wrong password does.</summary>
    Task CountFailedTryAsync(Guid accountId, CancellationToken cancellationToken);

    Task ClearFailedTriesAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>A new code for <paramref name="purpose"/>. A password reset's works once: the new password changes
    /// what every code is made from.</summary>
    Task<OneTimeCode> NewCodeAsync(Guid accountId, CodePurpose purpose, CancellationToken cancellationToken);

    /// <summary>Marks the address verified when <paramref name="code"/> is its verification code; false when wrong or expired.</summary>
    Task<bool> ConfirmEmailAsync(Guid accountId, string code, CancellationToken cancellationToken);

    /// <summary>Sets the new password (with a new security stamp) when <paramref name="code"/> is a reset code; false
    /// when wrong or expired.</summary>
    Task<bool> ResetPasswordAsync(Guid accountId, string code, string newPassword, CancellationToken cancellationToken);
}
