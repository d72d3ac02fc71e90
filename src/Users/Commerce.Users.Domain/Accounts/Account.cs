using Commerce.BuildingBlocks.Domain;

namespace Commerce.Users.Domain.Accounts;

/// <summary>
/// A person's account as the shop's rules see it. Identity keeps the password hash, the lockout counters and the
/// security stamp; this is what decides whether the holder may sign in and stay signed in.
/// </summary>
/// <param name="SecurityStamp">Changes whenever what proves the holder changes (password reset, disabling): every
/// sign-in made before it ends at its next refresh.</param>
public sealed record Account(
    Guid Id,
    string Email,
    string DisplayName,
    AccountStatus Status,
    bool EmailVerified,
    IReadOnlyList<string> Roles,
    string SecurityStamp)
{
    public const int MaxDisplayNameLength = 100;

    /// <summary>Staff: the role the API's admin policy asks for.</summary>
    public const string AdminRole = "admin";

    /// <summary>The name the rest of the shop knows the holder by (a basket's key, an order's owner): the id, which
    /// never changes and tells nothing about the person.</summary>
    public string UserName => Id.ToString();

    public bool MaySignIn => Status == AccountStatus.Active;

    public bool IsAdmin => Roles.Contains(AdminRole, StringComparer.Ordinal);

    /// <summary>Whether a sign-in made when the stamp was <paramref name="stampAtSignIn"/> still holds.</summary>
    public bool StillSignedIn(string? stampAtSignIn) => MaySignIn && string.Equals(SecurityStamp, stampAtSignIn, StringComparison.Ordinal);

    public static string ValidDisplayName(string? name) => OneLineText.Required(name, "name", MaxDisplayNameLength);
}

public enum AccountStatus
{
    Active,
    Disabled,
}
