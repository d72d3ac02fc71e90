using Marten;

namespace Commerce.BuildingBlocks.Infrastructure.Persistence;

public static class AdvisoryLock
{
    /// <summary>
    /// Opens the session's transaction and takes a PostgreSQL advisory lock on <paramref name="key"/> in it, held until
    /// SaveChanges commits (or the session is disposed). Unlike a row lock it holds before the row exists, so two units
    /// of work that would both create it take turns.
    /// </summary>
    public static async Task HoldUntilCommitAsync(this IDocumentSession session, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.BeginTransactionAsync(cancellationToken);
        await session.AdvancedSql.QueryAsync<bool>("select true from pg_advisory_xact_lock(hashtextextended(?, 0))", cancellationToken, key);
    }
}
