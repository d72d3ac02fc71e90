using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Users.Application.Accounts;

namespace Commerce.Users.Application.ChangeAccountStatus;

/// <summary>Staff disable an account (its holder's sign-ins end at their next refresh) or enable it again.</summary>
public sealed record ChangeAccountStatus(Guid AccountId, bool Disabled) : ICommand<AccountDto>;
