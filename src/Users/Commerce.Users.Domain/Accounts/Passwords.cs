namespace Commerce.Users.Domain.Accounts;

/// <summary>
/// What a password must be: long enough, and short enough that hashing it costs nothing an attacker can multiply.
/// Length is the only rule (NIST SP 800-63B): composition rules make passwords weaker and harder to remember.
/// </summary>
public static class Passwords
{
    public const int MinLength = 10;

    public const int MaxLength = 128;
}
