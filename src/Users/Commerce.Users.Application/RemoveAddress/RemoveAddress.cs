using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Users.Application.RemoveAddress;

/// <summary>Removing the default address makes the oldest one left the default.</summary>
public sealed record RemoveAddress(string UserName, Guid AddressId) : ICommand<Unit>;
