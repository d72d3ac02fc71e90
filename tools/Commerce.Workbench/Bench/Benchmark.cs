using System.Diagnostics;
using System.Globalization;
using System.Net;
using Commerce.BuildingBlocks.Api.Security;
using Commerce.Workbench.Driving;
using Npgsql;

namespace Commerce.Workbench.Bench;

/// <summary>
/// One run, Release build, real PostgreSQL and SQS emulator: reads and checkouts against their bare baselines, the
/// end-to-end time from 202 to Confirmed at a fixed offered rate, at a small and a large catalog and order history.
/// </summary>
internal static class Benchmark
{
    public static async Task<int> RunAsync(WorkbenchOptions options)
    {
        var sizes = options.Short ? new[] { (Products: 1_000, Events: 1_000) } : [(1_000, 1_000), (100_000, 1_000_000)];
        var settings = options.Short ? BenchSettings.Quick : BenchSettings.Full;
        settings = options.Rate is { } rate ? settings with { OfferedRates = [rate] } : settings;
        var deployment = new Deployment("bench", 5095, Path.Combine(options.RunDirectory, "bench"));
        foreach (var (key, value) in options.HostSettings)
        {
            deployment.Settings[key] = value;
        }

        deployment.IssueOwnTokens();
        await deployment.RecreateDatabaseAsync();
        await using var host = HostProcess.For(WorkbenchOptions.WorkbenchDll, ["bench-host"], deployment, Path.Combine(deployment.RunDirectory, "host.log"));
        await host.StartAsync();
        using var http = deployment.AdminClient(TimeSpan.FromMinutes(30));
        var shop = new ShopClient(http);

        if (options.Only == "flash")
        {
            await FlashSaleAsync(deployment, shop);
            return 0;
        }

        var report = new BenchReport(options, settings);
        var products = new List<Guid>();
        var events = 0;
        foreach (var (productCount, eventCount) in sizes)
        {
            var seeding = Stopwatch.StartNew();
            products.AddRange(await PostAsync<List<Guid>>(http, $"/bench/products?count={productCount - products.Count}"));
            if (eventCount > events)
            {
                events += await PostAsync<int>(http, $"/bench/history?events={eventCount - events}&productId={products[0]}");
            }

            await AnalyzeAsync(deployment);
            Console.WriteLine($"[bench] {products.Count} products, {events} history events (seeded in {seeding.Elapsed.TotalSeconds:0} s)");
            report.Add(await MeasureAsync(deployment, host, shop, products, events / HistoryEventsPerOrder, settings, $"{products.Count:N0} products, {events:N0} events", options.Only));
        }

        if (options.WriteDocs)
        {
            await report.WriteAsync();
        }
        else
        {
            Console.WriteLine(report.Render());
        }

        return 0;
    }

    private static async Task<SizeResult> MeasureAsync(Deployment deployment, HostProcess host, ShopClient shop, List<Guid> products, int historyOrders, BenchSettings settings, string label, string? only)
    {
        var none = new Throughput(0, Percentiles.Of([]), 0);
        bool Runs(string part) => only is null || only == part;
        var ids = Path.Combine(deployment.RunDirectory, "ids.txt");
        await File.WriteAllLinesAsync(ids, products.Select(p => p.ToString()));
        var categories = Path.Combine(deployment.RunDirectory, "categories.txt");
        await File.WriteAllLinesAsync(categories, Enumerable.Range(0, BenchEndpoints.Categories).Select(c => $"Category%20{c}"));

        async Task<Throughput> ReadAsync(string path, string values, string? bearer = null)
        {
            await Wrk.GetAsync(deployment.BaseAddress, path, values, settings.Connections, settings.Warmup, bearer);
            var result = await Wrk.GetAsync(deployment.BaseAddress, path, values, settings.Connections, settings.Duration, bearer);
            Console.WriteLine($"[bench] {label}: GET {path}: {result.PerSecond:0}/s, {result.LatencyMs} ms, {result.Errors} errors");
            return result;
        }

        if (Runs("reads"))
        {
            // Every read once warm before any is measured: the first one measured must not pay for the JIT alone.
            foreach (var path in new[] { "/api/v1/products/%s", "/baseline/products/%s" })
            {
                await Wrk.GetAsync(deployment.BaseAddress, path, ids, settings.Connections, settings.Warmup);
            }

            foreach (var path in new[] { "/api/v1/products?category=%s&page=1&pageSize=20", "/baseline/products?category=%s&page=1&pageSize=20" })
            {
                await Wrk.GetAsync(deployment.BaseAddress, path, categories, settings.Connections, settings.Warmup);
            }
        }

        var byId = Runs("reads") ? await ReadAsync("/api/v1/products/%s", ids) : none;
        var byIdBaseline = Runs("reads") ? await ReadAsync("/baseline/products/%s", ids) : none;
        ByIdReads? warm = null;
        if (Runs("reads"))
        {
            await ReadEachOnceAsync(shop.Http, products);
            warm = new ByIdReads(await ReadAsync("/api/v1/products/%s", ids), await ReadAsync("/baseline/products/%s", ids));
        }

        var list = Runs("reads") ? await ReadAsync("/api/v1/products?category=%s&page=1&pageSize=20", categories) : none;
        var listBaseline = Runs("reads") ? await ReadAsync("/baseline/products?category=%s&page=1&pageSize=20", categories) : none;
        ByIdReads? skewed = null;
        if (Runs("reads"))
        {
            var popular = Path.Combine(deployment.RunDirectory, "popular-ids.txt");
            await File.WriteAllLinesAsync(popular, PopularityDraws(products).Select(p => p.ToString()));
            skewed = new ByIdReads(await ReadAsync("/api/v1/products/%s", popular), await ReadAsync("/baseline/products/%s", popular));
        }

        var cursor = Runs("reads") && products.Count / BenchEndpoints.Categories / DeepPageSize >= DeepPage
            ? await CursorDepthAsync(deployment, (path, values) => ReadAsync(path, values), categories)
            : null;
        var orderCursor = Runs("reads") && historyOrders / DeepPageSize >= DeepPage
            ? await OrderCursorDepthAsync(deployment, ReadAsync)
            : null;

        var tokens = Runs("tokens") ? await TokenChecksAsync(deployment, shop, products[0], ReadAsync) : null;

        // Checkouts spread over 100 products: reservations of one product are serialized, as they must be.
        var checkoutProducts = products.Take(100).ToList();
        var (checkout, checkoutAlone, baseline) = (none, none, none);
        if (Runs("checkout"))
        {
            checkout = await CheckoutsAsync(shop, checkoutProducts, settings, $"bench-{Guid.NewGuid():N}"[..14]);
            Console.WriteLine($"[bench] {label}: checkout: {checkout.PerSecond:0}/s, {checkout.LatencyMs} ms, {checkout.Errors} errors");
            baseline = await ClosedLoopAsync(settings, async n =>
            {
                using var response = await shop.Http.PostAsync(new Uri($"/baseline/orders/baseline-{n}?productId={checkoutProducts[n % checkoutProducts.Count]}", UriKind.Relative), null);
                return response.StatusCode == HttpStatusCode.Accepted;
            });
            Console.WriteLine($"[bench] {label}: baseline checkout: {baseline.PerSecond:0}/s, {baseline.LatencyMs} ms, {baseline.Errors} errors");
            checkoutAlone = await CheckoutRequestAloneAsync(shop, checkoutProducts, settings, $"alone-{Guid.NewGuid():N}"[..14]);
            Console.WriteLine($"[bench] {label}: checkout request alone: {checkoutAlone.PerSecond:0}/s, {checkoutAlone.LatencyMs} ms, {checkoutAlone.Errors} errors");
        }

        if (!Runs("e2e"))
        {
            return new SizeResult(label, byId, byIdBaseline, list, listBaseline, checkout, checkoutAlone, baseline, []) { Cursor = cursor, OrderCursor = orderCursor, Warm = warm, Skewed = skewed, Tokens = tokens };
        }

        // The loads above left orders on their way; timing the end to end behind that queue would measure the queue.
        var drained = await DrainAsync(shop.Http);
        Console.WriteLine($"[bench] {label}: backlog drained in {drained.TotalSeconds:0} s");
        var endToEnd = new List<EndToEnd>();
        foreach (var rate in settings.OfferedRates)
        {
            var (measured, cpu) = await EndToEndAsync(host, shop, checkoutProducts, settings, rate);
            var messageTime = Percentiles.Of(await PostAsync<double[]>(shop.Http, "/bench/message-time"));
            Console.WriteLine($"[bench] {label}: {rate}/s offered, {measured.PerSecond:0}/s accepted: 202 → Confirmed {measured.LatencyMs} ms ({measured.Errors} not confirmed), message sent → handled {messageTime} ms; CPU per order: host {cpu.HostMs:0.0} ms, machine {cpu.MachineMs:0.0} ms");
            endToEnd.Add(new EndToEnd(rate, measured, messageTime, cpu));
            if (!endToEnd[^1].Holds)
            {
                // Past the rate the machine sustains, a higher one only grows the backlog, and draining it takes minutes.
                Console.WriteLine($"[bench] {label}: {rate}/s misses p99 ≤ 500 ms; higher rates are not run");
                break;
            }
        }

        return new SizeResult(label, byId, byIdBaseline, list, listBaseline, checkout, checkoutAlone, baseline, endToEnd) { Cursor = cursor, OrderCursor = orderCursor, Warm = warm, Skewed = skewed, Tokens = tokens };
    }

    /// <summary>
    /// Every product read once through the API, as a shop's Redis holds them once it has been open a while: uniform
    /// reads over 100,000 products in a 20 s run read each about once, so without this they measure only misses.
    /// </summary>
    private static async Task ReadEachOnceAsync(HttpClient http, IReadOnlyList<Guid> products) =>
        await Parallel.ForEachAsync(products, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (id, token) =>
        {
            using var response = await http.GetAsync(new Uri($"/api/v1/products/{id}", UriKind.Relative), token);
            response.EnsureSuccessStatusCode();
        });

    private const int Draws = 500_000;

    /// <summary>
    /// Reads as a shop gets them: product popularity by Zipf's law (s = 1; the r-th most popular is read 1/r as often as
    /// the first), the ranks dealt at random so popularity has nothing to do with age. wrk picks draws uniformly.
    /// </summary>
    private static IEnumerable<Guid> PopularityDraws(IReadOnlyList<Guid> products)
    {
        var random = new Random(15);
        var ranked = products.ToArray();
        random.Shuffle(ranked);
        var cumulative = new double[ranked.Length];
        var total = 0.0;
        for (var rank = 0; rank < ranked.Length; rank++)
        {
            cumulative[rank] = total += 1.0 / (rank + 1);
        }

        for (var draw = 0; draw < Draws; draw++)
        {
            var found = Array.BinarySearch(cumulative, random.NextDouble() * total);
            yield return ranked[Math.Min(found < 0 ? ~found : found, ranked.Length - 1)];
        }
    }

    /// <summary>The seeded history's orders are delivered ones: placed, confirmed, shipped, delivered.</summary>
    private const int HistoryEventsPerOrder = 4;

    private const int DeepPage = 500;
    private const int DeepPageSize = 20;

    /// <summary>
    /// Each category's first and 500th cursor page, through the API (cached) and through the keyset query alone, against
    /// the 500th page by number (an offset: the database counts off 9,980 rows first).
    /// </summary>
    private static async Task<CursorDepth> CursorDepthAsync(Deployment deployment, Func<string, string, Task<Throughput>> readAsync, string categories)
    {
        using var http = deployment.AdminClient(TimeSpan.FromMinutes(5));
        var deep = new List<string>();
        foreach (var category in await File.ReadAllLinesAsync(categories))
        {
            string? next = null;
            for (var page = 1; page < DeepPage; page++)
            {
                var path = $"/api/v1/products?category={category}&limit={DeepPageSize}" + (next is null ? "" : $"&cursor={Uri.EscapeDataString(next)}");
                using var body = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(path, UriKind.Relative)));
                next = body.RootElement.GetProperty("nextCursor").GetString() ?? throw new InvalidOperationException($"{category} ended before page {DeepPage}.");
            }

            deep.Add($"{category}&cursor={Uri.EscapeDataString(next!)}");
        }

        var deepValues = Path.Combine(deployment.RunDirectory, "deep-cursors.txt");
        await File.WriteAllLinesAsync(deepValues, deep);
        var api = $"/api/v1/products?limit={DeepPageSize}&category=%s";
        var keyset = $"/bench/keyset?limit={DeepPageSize}&category=%s";
        return new CursorDepth(
            await readAsync(api, categories), await readAsync(api, deepValues),
            await readAsync(keyset, categories), await readAsync(keyset, deepValues),
            await readAsync($"/baseline/products?page={DeepPage}&pageSize={DeepPageSize}&category=%s", categories));
    }

    /// <summary>
    /// Every order, newest first, as staff page through them (uncached): the first cursor page against the 500th,
    /// and against the 500th page by number.
    /// </summary>
    private static async Task<OrderCursorDepth> OrderCursorDepthAsync(Deployment deployment, Func<string, string, string?, Task<Throughput>> readAsync)
    {
        using var http = deployment.AdminClient(TimeSpan.FromMinutes(5));
        string? next = null;
        for (var page = 1; page < DeepPage; page++)
        {
            var path = $"/api/v1/orders?limit={DeepPageSize}" + (next is null ? "" : $"&cursor={Uri.EscapeDataString(next)}");
            using var body = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(path, UriKind.Relative)));
            next = body.RootElement.GetProperty("nextCursor").GetString() ?? throw new InvalidOperationException($"The orders ended before page {DeepPage}.");
        }

        var first = Path.Combine(deployment.RunDirectory, "orders-first.txt");
        await File.WriteAllLinesAsync(first, [string.Empty]);
        var deep = Path.Combine(deployment.RunDirectory, "orders-deep.txt");
        await File.WriteAllLinesAsync(deep, [$"&cursor={Uri.EscapeDataString(next!)}"]);
        var staff = deployment.TokenFor("workbench", Roles.Admin);
        return new OrderCursorDepth(
            await readAsync($"/api/v1/orders?limit={DeepPageSize}%s", first, staff),
            await readAsync($"/api/v1/orders?limit={DeepPageSize}%s", deep, staff),
            await readAsync($"/api/v1/orders?page={DeepPage}&pageSize={DeepPageSize}%s", first, staff));
    }

    /// <summary>
    /// What checking the shop's own access tokens against their entries costs (the token's row and its sign-in's, so a
    /// revocation holds at the next request): one basket read with such a token, against the same read with a
    /// shared-key token, which is checked by its signature alone.
    /// </summary>
    private static async Task<TokenChecks> TokenChecksAsync(Deployment deployment, ShopClient shop, Guid product, Func<string, string, string?, Task<Throughput>> readAsync)
    {
        const string Password = "bench passphrase one";
        using var anonymous = new HttpClient { BaseAddress = deployment.BaseAddress };
        var email = $"bench-{Guid.NewGuid():N}@example.com";
        (await anonymous.PostAsJsonAsync("/api/v1/users", new { email, password = Password, name = "Bench" })).EnsureSuccessStatusCode();
        using var signIn = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "commerce-web", ["username"] = email, ["password"] = Password, ["scope"] = "openid",
        }));
        signIn.EnsureSuccessStatusCode();
        var own = (await signIn.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString()!;
        var account = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(own).Subject;
        const string Other = "bench-shared-key";
        foreach (var user in new[] { account, Other })
        {
            using var filled = await shop.FillBasketAsync(user, product, 1);
            filled.EnsureSuccessStatusCode();
        }

        var ownValues = Path.Combine(deployment.RunDirectory, "own-account.txt");
        await File.WriteAllLinesAsync(ownValues, [account]);
        var otherValues = Path.Combine(deployment.RunDirectory, "shared-key-user.txt");
        await File.WriteAllLinesAsync(otherValues, [Other]);
        return new TokenChecks(
            await readAsync("/api/v1/baskets/%s", ownValues, own),
            await readAsync("/api/v1/baskets/%s", otherValues, deployment.TokenFor(Other)));
    }

    /// <summary>
    /// A flash sale: 1,000 one-unit orders for one product with 500 in stock, from 32 clients. Exactly 500 must be
    /// confirmed and 500 cancelled, with 500 reserved; the rate is how fast that one product's reservations settle.
    /// </summary>
    private static async Task FlashSaleAsync(Deployment deployment, ShopClient shop)
    {
        const int Orders = 1_000;
        const int Stock = 500;
        const int Clients = 32;
        var product = await shop.CreateProductAsync($"FLASH-{Guid.NewGuid():N}"[..20], "Flash sale", "Flash", 9.99m);
        await shop.SetStockAsync(product, Stock);
        var prefix = $"flash-{Guid.NewGuid():N}"[..12];
        var next = 0;
        var attempts = new System.Collections.Concurrent.ConcurrentQueue<Attempt>();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            for (var n = Interlocked.Increment(ref next); n <= Orders; n = Interlocked.Increment(ref next))
            {
                attempts.Enqueue(await shop.CheckoutAsync($"{prefix}-{n}", product, 1));
            }
        }));
        var accepted = watch.Elapsed;
        var ids = attempts.Where(a => a.OrderId is not null).Select(a => a.OrderId!.Value).ToHashSet();
        List<OrderRow> orders;
        do
        {
            await Task.Delay(200);
            orders = [.. (await shop.OrdersAsync()).Where(o => ids.Contains(o.Id))];
        }
        while (orders.Any(o => o.Status == "Pending") && watch.Elapsed < TimeSpan.FromMinutes(5));
        var settled = watch.Elapsed;
        var stock = await shop.StockAsync(product);
        var confirmed = orders.Count(o => o.Status == "Confirmed");
        var cancelled = orders.Count(o => o.Status == "Cancelled");
        var (reservations, reserving) = await ReservationSpanAsync(deployment);
        var passed = ids.Count == Orders && confirmed == Stock && cancelled == Orders - Stock && stock.Reserved == Stock && stock.OnHand == Stock;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[bench] flash sale {(passed ? "PASS" : "FAIL")}: {ids.Count}/{Orders} accepted in {accepted.TotalSeconds:0.0} s ({ids.Count / accepted.TotalSeconds:0}/s), all settled after {settled.TotalSeconds:0.0} s " +
            $"({orders.Count / settled.TotalSeconds:0} orders/s for one product; Inventory decided its {reservations} reservations in {reserving.TotalSeconds:0.0} s, " +
            $"{reservations / Math.Max(0.001, reserving.TotalSeconds):0}/s); {confirmed} confirmed, {cancelled} cancelled; stock on hand {stock.OnHand}, reserved {stock.Reserved}, available {stock.Available}"));
    }

    /// <summary>How many reservations Inventory stored, and the time from the first to the last.</summary>
    private static async Task<(long Count, TimeSpan Span)> ReservationSpanAsync(Deployment deployment)
    {
        await using var connection = new NpgsqlConnection(deployment.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "select count(*), coalesce(extract(epoch from max(mt_last_modified) - min(mt_last_modified)), 0)::float8 from inventory.mt_doc_reservation", connection);
        await using var reader = await query.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), TimeSpan.FromSeconds(reader.GetDouble(1)));
    }

    private static async Task<Throughput> CheckoutsAsync(ShopClient shop, IReadOnlyList<Guid> products, BenchSettings settings, string users)
    {
        await new CheckoutLoad(shop, products, users + "w").RunClientsAsync(settings.Clients, settings.Warmup);
        var load = new CheckoutLoad(shop, products, users);
        var watch = Stopwatch.StartNew();
        await load.RunClientsAsync(settings.Clients, settings.Duration);
        var seconds = watch.Elapsed.TotalSeconds;
        var accepted = load.Attempts.Where(a => a.Status == 202).ToList();
        return new Throughput(accepted.Count / seconds, Percentiles.Of(accepted.Select(a => a.Elapsed.TotalMilliseconds)), load.Attempts.Count - accepted.Count);
    }

    /// <summary>
    /// The checkout request on its own, the one to hold against the baseline's single append: baskets are filled first
    /// (not timed), then the same closed loop only checks them out. No warm-up: the phases before warmed everything.
    /// </summary>
    private static async Task<Throughput> CheckoutRequestAloneAsync(ShopClient shop, List<Guid> products, BenchSettings settings, string users)
    {
        var filled = 0;
        await Parallel.ForAsync(1, settings.BasketsFilledAhead + 1, new ParallelOptions { MaxDegreeOfParallelism = settings.Clients }, async (n, _) =>
        {
            using var response = await shop.FillBasketAsync($"{users}-{n}", products[n % products.Count], 1);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref filled);
            }
        });

        return await ClosedLoopAsync(settings with { Warmup = TimeSpan.Zero }, async n =>
        {
            if (n > filled)
            {
                throw new InvalidOperationException($"Only {filled} baskets were filled ahead; raise {nameof(BenchSettings.BasketsFilledAhead)}.");
            }

            using var response = await shop.CheckOutAsync($"{users}-{n}");
            return response.StatusCode == HttpStatusCode.Accepted;
        });
    }

    private static async Task<Throughput> ClosedLoopAsync(BenchSettings settings, Func<int, Task<bool>> operation)
    {
        var counter = 0;
        async Task<(int Ok, int Failed, List<double> Ms)> RunAsync(TimeSpan duration)
        {
            var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            var results = await Task.WhenAll(Enumerable.Range(0, settings.Clients).Select(async _ =>
            {
                var (ok, failed, ms) = (0, 0, new List<double>());
                while (Stopwatch.GetTimestamp() < until)
                {
                    var started = Stopwatch.GetTimestamp();
                    if (await operation(Interlocked.Increment(ref counter)))
                    {
                        ok++;
                        ms.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                    else
                    {
                        failed++;
                    }
                }

                return (ok, failed, ms);
            }));
            return (results.Sum(r => r.ok), results.Sum(r => r.failed), results.SelectMany(r => r.ms).ToList());
        }

        await RunAsync(settings.Warmup);
        var watch = Stopwatch.StartNew();
        var (ok, failed, ms) = await RunAsync(settings.Duration);
        return new Throughput(ok / watch.Elapsed.TotalSeconds, Percentiles.Of(ms), failed);
    }

    /// <summary>
    /// Checkouts at a fixed rate; for each accepted one, the time from its 202 to the order's confirmation, and the CPU
    /// each order cost from its checkout until every message it caused was handled (the host alone, and the machine).
    /// </summary>
    private static async Task<(Throughput Confirmed, CpuPerOrder Cpu)> EndToEndAsync(HostProcess host, ShopClient shop, IReadOnlyList<Guid> products, BenchSettings settings, double rate)
    {
        await new CheckoutLoad(shop, products, $"e2w-{Guid.NewGuid():N}"[..12]).RunRateAsync(rate, settings.Warmup);
        await DrainAsync(shop.Http);
        await PostAsync<double[]>(shop.Http, "/bench/message-time");
        var load = new CheckoutLoad(shop, products, $"e2e-{Guid.NewGuid():N}"[..12]);
        var (hostCpu, machineCpu) = (host.ProcessorTime, MachineCpu.Busy());
        await load.RunRateAsync(rate, settings.EndToEndDuration);
        var accepted = load.Attempts.Where(a => a.Status == 202).ToList();
        await DrainAsync(shop.Http);
        var perOrder = Math.Max(1, accepted.Count);
        var cpu = new CpuPerOrder((host.ProcessorTime - hostCpu).TotalMilliseconds / perOrder, (MachineCpu.Busy() - machineCpu).TotalMilliseconds / perOrder);
        var latencies = new List<double>();
        var waiting = accepted;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (waiting.Count > 0 && DateTime.UtcNow < deadline)
        {
            var still = new List<Attempt>();
            foreach (var chunk in waiting.Chunk(64))
            {
                var orders = await Task.WhenAll(chunk.Select(a => shop.Http.GetFromJsonAsync<OrderRow>($"/api/v1/orders/{a.OrderId}", ShopClient.Json)));
                foreach (var (attempt, order) in chunk.Zip(orders))
                {
                    if (order!.ConfirmedAt is { } confirmedAt)
                    {
                        latencies.Add(Math.Max(0, (confirmedAt - attempt.AcceptedAt!.Value).TotalMilliseconds));
                    }
                    else
                    {
                        still.Add(attempt);
                    }
                }
            }

            waiting = still;
            if (waiting.Count > 0)
            {
                await Task.Delay(500);
            }
        }

        return (new Throughput(accepted.Count / settings.EndToEndDuration.TotalSeconds, Percentiles.Of(latencies), load.Attempts.Count - latencies.Count), cpu);
    }

    private static async Task<TimeSpan> DrainAsync(HttpClient http)
    {
        var watch = Stopwatch.StartNew();
        while (await http.GetFromJsonAsync<long>("/bench/backlog") > 0 && watch.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(1000);
        }

        return watch.Elapsed;
    }

    private static async Task<T> PostAsync<T>(HttpClient http, string path)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static async Task AnalyzeAsync(Deployment deployment)
    {
        await using var connection = new NpgsqlConnection(deployment.ConnectionString + ";Pooling=false;Command Timeout=600");
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}

/// <param name="OfferedRates">End-to-end runs, rising to the target's rate; the first that misses ends the sweep.</param>
/// <param name="BasketsFilledAhead">For the checkout request alone: more than its duration can check out.</param>
internal sealed record BenchSettings(
    int Connections, int Clients, TimeSpan Warmup, TimeSpan Duration, IReadOnlyList<double> OfferedRates, TimeSpan EndToEndDuration, int BasketsFilledAhead)
{
    public static readonly BenchSettings Full = new(64, 32, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), [20, 30, 40, 75, 150, 300], TimeSpan.FromSeconds(30), 20_000);

    public static readonly BenchSettings Quick = new(32, 16, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5), [50], TimeSpan.FromSeconds(10), 8_000);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"reads: wrk, 2 threads, {Connections} connections, {Duration.TotalSeconds:0} s after {Warmup.TotalSeconds:0} s warm-up; checkouts: {Clients} clients, {Duration.TotalSeconds:0} s; end to end: {string.Join(" and ", OfferedRates)} checkouts/s offered, each for {EndToEndDuration.TotalSeconds:0} s after a warm-up at that rate");
}

internal sealed record SizeResult(
    string Label, Throughput ById, Throughput ByIdBaseline, Throughput List, Throughput ListBaseline,
    Throughput Checkout, Throughput CheckoutAlone, Throughput CheckoutBaseline, IReadOnlyList<EndToEnd> EndToEnd)
{
    /// <summary>Only where each category has 500 pages to walk.</summary>
    public CursorDepth? Cursor { get; init; }

    public OrderCursorDepth? OrderCursor { get; init; }

    /// <summary>Uniform again, after every product was read once.</summary>
    public ByIdReads? Warm { get; init; }

    public ByIdReads? Skewed { get; init; }

    public TokenChecks? Tokens { get; init; }
}

/// <summary>The same basket read with a token of the shop's own issuer (entry checks) and with a shared-key one.</summary>
internal sealed record TokenChecks(Throughput OwnToken, Throughput SharedKeyToken);

/// <summary>Product reads by id drawn by popularity, through the API and bare.</summary>
internal sealed record ByIdReads(Throughput ById, Throughput Baseline);

/// <summary>Order cursor pages at the start and 500 pages deep, and the 500th page by offset.</summary>
internal sealed record OrderCursorDepth(Throughput First, Throughput Deep, Throughput OffsetDeep);

/// <summary>Cursor pages at the start and 500 pages deep, through the API and the keyset query alone, and the 500th page by offset.</summary>

internal sealed record CursorDepth(Throughput ApiFirst, Throughput ApiDeep, Throughput KeysetFirst, Throughput KeysetDeep, Throughput OffsetDeep);

internal sealed record EndToEnd(double OfferedRate, Throughput Confirmed, Percentiles MessageTimeMs, CpuPerOrder Cpu)
{
    /// <summary>The target's shape at this rate: every order confirmed within 500 ms at p99, and the rate accepted.</summary>
    public bool Holds => Confirmed.LatencyMs.P99 <= 500 && Confirmed.Errors == 0 && Confirmed.PerSecond >= OfferedRate * 0.95;
}

/// <summary>CPU milliseconds per accepted order: the host process, and the whole machine (PostgreSQL, emulator, driver).</summary>
internal sealed record CpuPerOrder(double HostMs, double MachineMs);
