using Commerce.Users.Application.Accounts;
using MediatR;

namespace Commerce.Users.Application.RequestPasswordReset;

/// <summary>Someone forgot a password. The answer is the same whether or not the address has an account; an
/// account's holder is sent a code that sets a new one.</summary>
public sealed record RequestPasswordReset(string? Email) : IAccountChange<Unit>;
