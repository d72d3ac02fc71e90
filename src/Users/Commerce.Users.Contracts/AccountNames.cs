namespace Commerce.Users.Contracts;

/// <summary>
/// The names this shop's own accounts go by in the rest of the API: their ids. The namespace is the shop issuer's
/// alone, so a name of this shape from any other issuer (a shared-key token, Cognito) is refused, never read as the
/// account it looks like.
/// </summary>
public static class AccountNames
{
    public static bool TryParse(string? userName, out Guid accountId) => Guid.TryParse(userName, out accountId);

    public static bool IsAccountName(string? userName) => TryParse(userName, out _);
}
