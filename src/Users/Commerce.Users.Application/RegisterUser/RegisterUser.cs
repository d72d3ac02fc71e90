using Commerce.Users.Application.Accounts;
using MediatR;

namespace Commerce.Users.Application.RegisterUser;

/// <summary>Someone signs up. The answer is the same whether or not the address already has an account; the
/// address is sent a code to verify it, or, verified already, word that someone tried.</summary>
public sealed record RegisterUser(string? Email, string? Password, string? Name) : IAccountChange<Unit>;
