using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Users.Domain.Accounts;

namespace Commerce.Users.Application.SignIn;

/// <summary>The token server's password grant: the account, or null for any reason not to sign in (unknown
/// address, wrong password, locked out, disabled), which the server answers alike.</summary>
public sealed record SignInWithPassword(string Email, string Password) : ICommand<Account?>;
