using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.Users.Application.Accounts;

/// <summary>A command whose account changes and the events it publishes commit together (<see cref="Ports.IAccountsOutbox"/>).</summary>
public interface IAccountChange<out TResponse> : ICommand<TResponse>;
