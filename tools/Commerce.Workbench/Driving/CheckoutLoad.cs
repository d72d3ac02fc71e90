using System.Collections.Concurrent;
using System.Diagnostics;

namespace Commerce.Workbench.Driving;

/// <summary>
/// Checkouts by distinct users (one basket, one checkout each), either as fast as a number of clients can go or at
/// a fixed offered rate whatever the answers take (so a slow server cannot slow the load down and hide its latency).
/// </summary>
internal sealed class CheckoutLoad(ShopClient shop, IReadOnlyList<Guid> products, string userPrefix)
{
    private int users;

    public ConcurrentQueue<Attempt> Attempts { get; } = new();

    public async Task RunClientsAsync(int clients, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < until && !cancellationToken.IsCancellationRequested)
            {
                var attempt = await NextAsync();
                Attempts.Enqueue(attempt);
                if (attempt.Status is null)
                {
                    await Task.Delay(100, CancellationToken.None); // as a client would, rather than spin on a refused connection
                }
            }
        }));
    }

    public async Task RunRateAsync(double perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var started = Stopwatch.GetTimestamp();
        var running = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            running.Add(Task.Run(async () => Attempts.Enqueue(await NextAsync())));
        }

        await Task.WhenAll(running);
    }

    private Task<Attempt> NextAsync()
    {
        var n = Interlocked.Increment(ref users);
        var product = products[Random.Shared.Next(products.Count)];
        return shop.CheckoutAsync($"{userPrefix}-{n}", product, 1 + Random.Shared.Next(3));
    }
}
