using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Users.Application.VerifyEmail;

/// <summary>The holder proves they read the address's mailbox with the code sent there.</summary>
public sealed record VerifyEmail(string? Email, string? Code) : ICommand<Unit>;
