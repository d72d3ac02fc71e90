using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Contracts;

namespace Commerce.Users.Application.Accounts;

internal static class AccountIds
{
    /// <summary>The account a caller's user name names. Another issuer's user (Cognito, a development token) has no
    /// account here: that is "not found", like an account that is gone.</summary>
    public static Guid Of(string userName) =>
        AccountNames.TryParse(userName, out var id) ? id : throw new NotFoundException("Account", userName);
}
