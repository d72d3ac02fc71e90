using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Users.Domain.Accounts;

namespace Commerce.Users.Application.SignIn;

/// <summary>The token server's refresh grant: the account as it is now, or null when the sign-in no longer holds
/// (account gone or disabled, password reset since).</summary>
public sealed record RenewSignIn(Guid AccountId, string? SecurityStampAtSignIn) : IQuery<Account?>;
