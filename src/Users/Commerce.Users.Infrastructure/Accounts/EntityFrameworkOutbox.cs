using Commerce.Users.Application.Ports;
using Commerce.Users.Infrastructure.Persistence;
using Wolverine.EntityFrameworkCore;

namespace Commerce.Users.Infrastructure.Accounts;

/// <summary>
/// Wolverine's EF Core outbox over the accounts' context: Identity's and OpenIddict's stores save through the same
/// scoped context, so inside the transaction begun here their writes and the outgoing envelopes (rows of the same
/// PostgreSQL's Wolverine schema) commit at once; the envelopes are sent after the commit, and recovered from their
/// rows if this node dies first.
/// </summary>
internal sealed class EntityFrameworkOutbox(IDbContextOutbox<UsersDbContext> outbox) : IAccountsOutbox
{
    public async Task BeginAsync(CancellationToken cancellationToken) =>
        await outbox.DbContext.Database.BeginTransactionAsync(cancellationToken);

    public async Task PublishAsync(object integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        await outbox.PublishAsync(integrationEvent);
    }

    public Task CommitAsync(CancellationToken cancellationToken) => outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
}
