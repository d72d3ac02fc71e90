using System.Security.Claims;

namespace Commerce.BuildingBlocks.Api.Security;

public static class Caller
{
    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    /// <summary>
    /// The user whose data this caller is limited to: their own name for a customer, null for an admin (anyone's).
    /// Use cases take it as the owner to check, so a customer asking for another user's order finds nothing.
    /// </summary>
    public static string? LimitedTo(this ClaimsPrincipal user) => user.IsAdmin() ? null : user.UserName();

    /// <summary>The authenticated caller's user name (the token's name claim).</summary>
    public static string UserName(this ClaimsPrincipal user) =>
        user?.Identity?.Name ?? throw new InvalidOperationException("An authenticated caller has no name claim.");

    /// <summary>Whether the caller may act on <paramref name="userName"/>'s data.</summary>
    public static bool MayActFor(this ClaimsPrincipal user, string userName) =>
        user.IsAdmin() || string.Equals(user.Identity?.Name, userName, StringComparison.Ordinal);
}
