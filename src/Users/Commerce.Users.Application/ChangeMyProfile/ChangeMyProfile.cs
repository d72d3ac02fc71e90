using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Users.Application.Accounts;

namespace Commerce.Users.Application.ChangeMyProfile;

/// <summary>The caller changes what they are called; a field not given stays as it is.</summary>
public sealed record ChangeMyProfile(string UserName, string? Name) : ICommand<AccountDto>;
