using Commerce.BuildingBlocks.Application.Idempotency;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.BuildingBlocks.Infrastructure.Idempotency;

/// <summary>Deletes expired idempotency keys every hour, so the table holds about one key lifetime of requests.</summary>
internal sealed partial class ExpiredKeysCleanup(IDocumentStore store, TimeProvider clock, ILogger<ExpiredKeysCleanup> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var session = store.LightweightSession();
                var now = clock.GetUtcNow();
                session.DeleteWhere<StoredResponse>(r => r.ExpiresAt <= now);
                await session.SaveChangesAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception); // the next tick tries again; expired keys are ignored meanwhile
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting expired idempotency keys failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
