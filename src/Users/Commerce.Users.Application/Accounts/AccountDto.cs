using Commerce.Users.Domain.Accounts;

namespace Commerce.Users.Application.Accounts;

public sealed record AccountDto(Guid Id, string UserName, string Email, string DisplayName, string Status, bool EmailVerified, IReadOnlyList<string> Roles)
{
    public static AccountDto From(Account account) =>
        new(account.Id, account.UserName, account.Email, account.DisplayName, account.Status.ToString(), account.EmailVerified, account.Roles);
}
