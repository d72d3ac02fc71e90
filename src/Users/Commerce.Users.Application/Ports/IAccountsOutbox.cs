namespace Commerce.Users.Application.Ports;

/// <summary>
/// Account changes and the events they raise commit together, in the accounts' own database transaction: a change that
/// rolls back sends nothing, and an event of a committed change is never lost (Wolverine's outbox, sent after the
/// commit). <see cref="Accounts.AccountChangeBehavior{TRequest,TResponse}"/> opens and commits it around each
/// <see cref="Accounts.IAccountChange{TResponse}"/>.
/// </summary>
public interface IAccountsOutbox
{
    Task BeginAsync(CancellationToken cancellationToken);

    /// <param name="integrationEvent">A contract record of Commerce.Users.Contracts.</param>
    Task PublishAsync(object integrationEvent, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
