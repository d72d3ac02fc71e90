namespace Commerce.Users.Domain.Accounts;

/// <summary>What a sign-up found: the account it opened, or the one the address already had.</summary>
public sealed record Registration(Account Account, bool Opened)
{
    /// <summary>Whether the holder is sent a code to verify the address (a repeated sign-up before verifying gets a
    /// new one); a verified address's holder is only told someone tried.</summary>
    public bool NeedsVerification => !Account.EmailVerified;
}
