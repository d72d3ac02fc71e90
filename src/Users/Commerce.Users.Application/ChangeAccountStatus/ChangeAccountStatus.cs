using Commerce.Users.Application.Accounts;

namespace Commerce.Users.Application.ChangeAccountStatus;

/// <summary>Staff disable an account (its holder's sign-ins end with it, access tokens included) or enable it again.
/// An account change, so the status and the end of its sign-ins commit together.</summary>
public sealed record ChangeAccountStatus(Guid AccountId, bool Disabled) : IAccountChange<AccountDto>;
