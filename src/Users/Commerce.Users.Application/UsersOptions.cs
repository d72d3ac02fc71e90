namespace Commerce.Users.Application;

public sealed class UsersOptions
{
    public const string Section = "Users";

    /// <summary>Whether an account checks out only once its address is verified. On by default (appsettings.json),
    /// off in Development, where the codes are in .eml files nobody reads.</summary>
    public bool RequireVerifiedEmail { get; init; } = true;
}
