using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Users.Application.Accounts;

namespace Commerce.Users.Application.ChangeAdminRole;

/// <summary>Staff make an account staff, or take the role back. Its tokens say so from their next refresh.</summary>
public sealed record ChangeAdminRole(Guid AccountId, bool Granted) : ICommand<AccountDto>;
