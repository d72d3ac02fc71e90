using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Users.Application.RegisterUser;

/// <summary>Someone signs up. The answer is the same whether or not the address already has an account.</summary>
public sealed record RegisterUser(string? Email, string? Password, string? Name) : ICommand<Unit>;
