using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Users.Application.Accounts;

namespace Commerce.Users.Application.GetMyAccount;

/// <summary>The caller's own account, by the user name their token carries.</summary>
public sealed record GetMyAccount(string UserName) : IQuery<AccountDto>;
