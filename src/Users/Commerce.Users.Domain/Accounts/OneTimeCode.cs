namespace Commerce.Users.Domain.Accounts;

/// <summary>A code sent to an account's mailbox that proves its holder reads it, for one purpose.</summary>
/// <param name="ExpiresAt">The earliest moment it may stop working (the holder is told this one).</param>
public sealed record OneTimeCode(string Value, DateTimeOffset ExpiresAt)
{
    /// <summary>Six digits, as a person types them from an email.</summary>
    public const int Length = 6;

    /// <summary>How long the holder is promised a code works: Identity's email codes live in three-minute steps and
    /// are accepted two steps either side, so six minutes is always true.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(6);
}

public enum CodePurpose
{
    EmailVerification,
    PasswordReset,
}
