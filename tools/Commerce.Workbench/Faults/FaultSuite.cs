using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.BuildingBlocks.Infrastructure.Sqs;
using Commerce.Payments.Contracts;
using Commerce.Workbench.Driving;
using Npgsql;

namespace Commerce.Workbench.Faults;

/// <summary>
/// Real load through the API while something breaks, then every accepted order checked end to end. The short form
/// (CI) runs every scenario with less load and shorter outages.
/// </summary>
internal static class FaultSuite
{
    private const int Clients = 8;

    public static async Task<int> RunAsync(WorkbenchOptions options)
    {
        var results = new List<FaultResult>();
        var watch = Stopwatch.StartNew();
        var scenarios = new (string Name, Func<WorkbenchOptions, Task<FaultResult>> Run)[]
        {
            ("kill", HostKilledAsync), ("sqs", SqsPausedAsync), ("postgres", PostgresStoppedAsync), ("dlq", FailingConsumerAsync),
            ("split", SplitHostsAsync), ("nodes", NodeKilledAsync), ("provider", ProviderAwayThenSlowAsync), ("lapse", AuthorizationLapsesAsync),
            ("dispute", DisputesOpenedAsync), ("sweep", BadInputSweep.RunAsync),
        };
        foreach (var (_, run) in scenarios.Where(s => options.Only is null || s.Name == options.Only))
        {
            var result = await run(options);
            Console.WriteLine($"[faults] {(result.Passed ? "PASS" : "FAIL")} {result.Scenario}: {result.Detail}");
            results.Add(result);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[faults] {results.Count(r => r.Passed)}/{results.Count} scenarios passed; {results.Sum(r => r.Driven)} requests/orders driven, {results.Sum(r => r.Faults)} faults injected, {results.Sum(r => r.Lost)} lost ({watch.Elapsed.TotalSeconds:0} s)"));
        if (options.WriteDocs)
        {
            await ReliabilityReport.WriteAsync(options, results, watch.Elapsed);
        }

        return results.All(r => r.Passed) ? 0 : 1;
    }

    private static TimeSpan Seconds(WorkbenchOptions options, int full, int @short) => TimeSpan.FromSeconds(options.Short ? @short : full);

    /// <summary>SIGKILL in the middle of a checkout load, then a restart while the load goes on.</summary>
    private static async Task<FaultResult> HostKilledAsync(WorkbenchOptions options)
    {
        await using var scenario = await FaultScenario.StartAsync(options, "kill");
        var load = new CheckoutLoad(scenario.Shop, await scenario.StockedProductsAsync(5, options.Short ? 60 : 200), "killed");
        var duration = Seconds(options, 30, 12);
        var running = load.RunClientsAsync(Clients, duration);
        var kills = options.Short ? 1 : 2;
        for (var i = 0; i < kills; i++)
        {
            await Task.Delay(duration / (kills + 1));
            scenario.Host.Kill();
            await scenario.Host.StartAsync();
        }

        await running;
        var audit = await scenario.AuditAsync([.. load.Attempts]);
        return new FaultResult("Host killed (SIGKILL) mid-checkout and restarted", audit.Passed && audit.Accepted > 0, audit.Attempts, kills, audit.Lost, audit.ToString());
    }

    /// <summary>The SQS emulator stops answering for 20 s under load; the outbox and listeners resume by themselves.</summary>
    private static async Task<FaultResult> SqsPausedAsync(WorkbenchOptions options)
    {
        await using var scenario = await FaultScenario.StartAsync(options, "sqs");
        var load = new CheckoutLoad(scenario.Shop, await scenario.StockedProductsAsync(5, options.Short ? 60 : 200), "sqs");
        var running = load.RunClientsAsync(Clients, Seconds(options, 35, 30));
        await Task.Delay(TimeSpan.FromSeconds(5));
        await scenario.InfraAsync("sqs-pause");
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(20));
        }
        finally
        {
            await scenario.InfraAsync("sqs-resume");
        }

        await running;
        var audit = await scenario.AuditAsync([.. load.Attempts]);
        return new FaultResult("SQS emulator paused 20 s under load", audit.Passed && audit.Accepted > 0, audit.Attempts, 1, audit.Lost, audit.ToString());
    }

    /// <summary>PostgreSQL stops under load: 503 problem details at once, readiness red, and recovery without a restart.</summary>
    private static async Task<FaultResult> PostgresStoppedAsync(WorkbenchOptions options)
    {
        await using var scenario = await FaultScenario.StartAsync(options, "postgres");
        var load = new CheckoutLoad(scenario.Shop, await scenario.StockedProductsAsync(5, options.Short ? 60 : 200), "pg");
        var outage = Seconds(options, 20, 10);
        var running = load.RunClientsAsync(Clients, Seconds(options, 40, 25));
        await Task.Delay(TimeSpan.FromSeconds(5));

        await scenario.InfraAsync("postgres-stop");
        var stoppedAt = Stopwatch.GetTimestamp();
        var readiness = new List<(HttpStatusCode Status, double Ms)>();
        var answers = new List<(HttpStatusCode Status, double Ms, string Body)>();
        try
        {
            while (Stopwatch.GetElapsedTime(stoppedAt) < outage)
            {
                readiness.Add(await TimedAsync(scenario.Http, "/health/ready"));
                answers.Add(await TimedBodyAsync(scenario.Http, $"/api/v1/products/{scenario.InitialStock.Keys.First()}"));
                await Task.Delay(500);
            }
        }
        finally
        {
            await scenario.InfraAsync("postgres-start");
        }

        var restartedAt = Stopwatch.GetTimestamp();
        while (!(await TimedAsync(scenario.Http, "/health/ready")).Status.Equals(HttpStatusCode.OK) && Stopwatch.GetElapsedTime(restartedAt) < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(250);
        }

        var recovery = Stopwatch.GetElapsedTime(restartedAt);
        await running;
        var audit = await scenario.AuditAsync([.. load.Attempts]);

        var during = answers.Where(a => a.Status != HttpStatusCode.OK).ToList();
        var problems = during.Count(a => a.Status == HttpStatusCode.ServiceUnavailable && a.Body.Contains("\"code\":\"dependency_unavailable\"", StringComparison.Ordinal));
        var serverErrors = load.Attempts.Count(a => a.Status is >= 500 and not 503) + answers.Count(a => (int)a.Status >= 500 && a.Status != HttpStatusCode.ServiceUnavailable);
        var refused503 = load.Attempts.Count(a => a.Status == 503);
        var slowest = during.Count == 0 ? 0 : during.Max(a => a.Ms);
        var red = readiness.Count(r => r.Status == HttpStatusCode.ServiceUnavailable);
        var passed = audit.Passed && serverErrors == 0 && during.Count > 0 && problems == during.Count && slowest < 2000 && red > 0 && recovery < TimeSpan.FromMinutes(1);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{answers.Count} probe reads during the outage: {problems} answered 503 problem details (slowest {slowest:0} ms), readiness red {red}/{readiness.Count}; " +
            $"checkouts refused with 503: {refused503}; other 5xx: {serverErrors}; ready again {recovery.TotalSeconds:0.0} s after PostgreSQL returned; {audit}");
        return new FaultResult("PostgreSQL stopped under load", passed, audit.Attempts + answers.Count, 1, audit.Lost, detail);
    }

    /// <summary>
    /// The payment provider away (every request fails as a provider that is down does) under load: orders wait, and at
    /// their deadline are cancelled (<c>timed_out</c>) with their stock released and no authorization left. Then the
    /// same database with the provider back but slow (each answer takes seconds): new orders are confirmed, and the
    /// first phase's authorizations, still being retried, find their orders cancelled and hold nothing.
    /// </summary>
    private static async Task<FaultResult> ProviderAwayThenSlowAsync(WorkbenchOptions options)
    {
        var deadline = Seconds(options, 30, 15);
        var attempts = new List<Attempt>();
        var stock = new Dictionary<Guid, int>();
        Deployment deployment;
        int timedOut;
        await using (var away = await FaultScenario.StartAsync(options, "provider", d =>
        {
            d.Settings["Payments:TestGateway:Unavailable"] = "true";
            d.Settings["Ordering:CheckoutTimeout"] = deadline.ToString();
        }))
        {
            deployment = away.Deployment;
            var load = new CheckoutLoad(away.Shop, await away.StockedProductsAsync(3, options.Short ? 40 : 100), "noprovider");
            await load.RunClientsAsync(Clients, Seconds(options, 20, 8));
            attempts.AddRange(load.Attempts);
            var audit = await away.AuditAsync(attempts);
            var orders = await away.Shop.OrdersAsync();
            timedOut = orders.Count(o => o.CancellationCode == "timed_out");
            // Nothing is confirmed without a payment: an order Inventory could cover waits for its deadline, the rest are short.
            if (!audit.Passed || timedOut == 0 || !orders.All(o => o.Status == "Cancelled" && o.CancellationCode is "timed_out" or "out_of_stock"))
            {
                return new FaultResult("Payment provider away, then slow", false, audit.Attempts, 1, audit.Lost,
                    $"provider away: {timedOut} of {orders.Count} orders timed out, the rest should be out of stock; {audit}");
            }

            foreach (var (product, units) in away.InitialStock)
            {
                stock[product] = units;
            }
        }

        deployment.Settings["Payments:TestGateway:Unavailable"] = "false";
        // Every answer a second late: each order waits that long twice in Payments' queue (authorize, then void or not).
        deployment.Settings["Payments:TestGateway:Delay"] = TimeSpan.FromSeconds(1).ToString();
        var host = HostProcess.For(options.HostDll, [], deployment, Path.Combine(deployment.RunDirectory, "slow.log")); // the scenario disposes it
        await host.StartAsync();
        await using var slow = await FaultScenario.AttachAsync(options, deployment, host);
        var slowLoad = new CheckoutLoad(slow.Shop, await slow.StockedProductsAsync(3, options.Short ? 40 : 100), "slowprovider");
        await slowLoad.RunClientsAsync(Clients / 2, Seconds(options, 15, 8));
        attempts.AddRange(slowLoad.Attempts);
        foreach (var (product, units) in stock)
        {
            slow.InitialStock[product] = units;
        }

        var settled = await slow.AuditAsync(attempts, TimeSpan.FromMinutes(8));
        if (!settled.Passed || settled.Confirmed == 0)
        {
            return new FaultResult("Payment provider away, then slow", false, settled.Attempts, 2, settled.Lost,
                $"away: {timedOut} orders timed out; then slow: {settled}");
        }

        // Half the confirmed orders ship: each capture waits on the slow provider too.
        var shipped = (await slow.Shop.OrdersAsync()).Where(o => o.Status == "Confirmed").Where((_, i) => i % 2 == 0).ToList();
        foreach (var order in shipped)
        {
            using var ship = await slow.Http.PostAsJsonAsync($"/api/v1/orders/{order.Id}/ship", new { trackingNumber = $"FAULT-{order.Id:N}"[..20] });
            ship.EnsureSuccessStatusCode();
        }

        var final = await slow.AuditAsync(attempts, TimeSpan.FromMinutes(4));
        var replay = final.Passed ? await ReplayPaymentAnswersAsync(slow) : new Replay(0, 0, 0, false);
        return new FaultResult("Payment provider away (orders time out), then slow; answers replayed", final.Passed && replay.Passed, final.Attempts, 2 + replay.Sent, final.Lost,
            $"away: {timedOut} orders timed out and were compensated (the rest short of stock); then slow, {shipped.Count} shipped and captured: {final}; {replay}");
    }

    /// <summary>
    /// Authorizations that last seconds: half the orders pay with a card the provider renews, half with one it will not
    /// renew. Once the second half's authorizations lapsed, every order is shipped: the renewed ones ship and are
    /// captured, the lapsed ones are refused (none ships unpaid), keep their stock through their grace and are then
    /// cancelled <c>payment_expired</c> with their stock released.
    /// </summary>
    private static async Task<FaultResult> AuthorizationLapsesAsync(WorkbenchOptions options)
    {
        var lifetime = Seconds(options, 30, 16);
        var grace = Seconds(options, 15, 8);
        await using var scenario = await FaultScenario.StartAsync(options, "lapse", d =>
        {
            d.Settings["Payments:AuthorizationLifetime"] = lifetime.ToString();
            d.Settings["Payments:AuthorizationRenewalLead"] = (lifetime / 2).ToString();
            d.Settings["Ordering:ExpiredPaymentGrace"] = grace.ToString();
        });
        var products = await scenario.StockedProductsAsync(3, options.Short ? 40 : 100);
        var renewing = new CheckoutLoad(scenario.Shop, products, "renewed");
        var lapsing = new CheckoutLoad(scenario.Shop.PayingWith("pm_card_reauthorization_refused"), products, "lapsed");
        var duration = Seconds(options, 10, 5);
        await Task.WhenAll(renewing.RunClientsAsync(Clients / 2, duration), lapsing.RunClientsAsync(Clients / 2, duration));
        var lapsedIds = lapsing.Attempts.Select(a => a.OrderId).OfType<Guid>().ToHashSet();

        var orders = await WaitForAsync(() => scenario.Shop.OrdersAsync(),
            all => all.Where(o => lapsedIds.Contains(o.Id)).All(o => o.Status is "PaymentExpired" or "Cancelled"), lifetime * 3);
        var refused = 0;
        var unpaidShipments = 0;
        foreach (var order in orders.Where(o => o.Status is "Confirmed" or "PaymentExpired"))
        {
            using var ship = await scenario.Http.PostAsJsonAsync($"/api/v1/orders/{order.Id}/ship", new { trackingNumber = $"LAPSE-{order.Id:N}"[..20] });
            if (ship.StatusCode == HttpStatusCode.Conflict)
            {
                refused++;
            }
            else if (order.Status == "PaymentExpired")
            {
                unpaidShipments++;
            }
        }

        var expired = orders.Count(o => o.Status == "PaymentExpired");
        await WaitForAsync(() => scenario.Shop.OrdersAsync(), all => all.All(o => o.Status != "PaymentExpired"), grace * 4);
        var audit = await scenario.AuditAsync([.. renewing.Attempts, .. lapsing.Attempts]);
        var final = await scenario.Shop.OrdersAsync();
        var cancelledForIt = final.Count(o => o.CancellationCode == "payment_expired");
        var renewedShipped = final.Count(o => !lapsedIds.Contains(o.Id) && o.Status == "Shipped");
        var passed = audit.Passed && expired > 0 && refused == expired && unpaidShipments == 0 && cancelledForIt == expired && renewedShipped > 0;
        return new FaultResult("Authorizations lapse before shipping", passed, audit.Attempts, expired, audit.Lost,
            $"{expired} orders' authorizations lapsed (not renewable): {refused} shipments refused, {unpaidShipments} shipped unpaid, {cancelledForIt} cancelled payment_expired " +
            $"after their grace; {renewedShipped} renewed orders shipped and captured; {audit}");
    }

    /// <summary>
    /// The buyers' banks dispute every shipped (captured) order: the provider's events come twice each, as a provider
    /// retrying does, and the host is killed while they arrive (the provider retries until answered 2xx). Every order is
    /// flagged once, operators get one email per dispute opened and one per dispute closed (half won, half lost), and
    /// the money is untouched.
    /// </summary>
    private static async Task<FaultResult> DisputesOpenedAsync(WorkbenchOptions options)
    {
        await using var scenario = await FaultScenario.StartAsync(options, "dispute");
        var load = new CheckoutLoad(scenario.Shop, await scenario.StockedProductsAsync(3, options.Short ? 20 : 60), "disputed");
        await load.RunClientsAsync(Clients / 2, Seconds(options, 10, 5));
        var settled = await WaitForAsync(() => scenario.Shop.OrdersAsync(), all => all.All(o => o.Status != "Pending"), TimeSpan.FromMinutes(2));
        foreach (var order in settled.Where(o => o.Status == "Confirmed"))
        {
            using var ship = await scenario.Http.PostAsJsonAsync($"/api/v1/orders/{order.Id}/ship", new { trackingNumber = $"DISPUTE-{order.Id:N}"[..20] });
            ship.EnsureSuccessStatusCode();
        }

        var captured = (await WaitForAsync(() => scenario.Shop.OrdersAsync(), all => all.Where(o => o.Status == "Shipped").All(o => o.PaymentStatus == "Captured"), TimeSpan.FromMinutes(2)))
            .Where(o => o.Status == "Shipped").ToList();
        var references = new Dictionary<Guid, string>();
        foreach (var order in captured)
        {
            var payment = await scenario.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/payments/{order.Id}");
            references[order.Id] = payment.GetProperty("providerReference").GetString()!;
        }

        async Task DeliverAsync(object body)
        {
            // As a provider does: the same event again until the shop answers 2xx.
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                try
                {
                    using var sent = await scenario.Http.PostAsJsonAsync("/api/v1/payments/webhooks/test", body);
                    if (sent.IsSuccessStatusCode || DateTime.UtcNow > deadline)
                    {
                        return;
                    }
                }
                catch (Exception away) when (away is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
                {
                }

                await Task.Delay(500);
            }
        }

        async Task DisputeAllAsync(Func<OrderRow, int, string> state)
        {
            var kill = captured.Count / 2;
            for (var i = 0; i < captured.Count; i++)
            {
                var order = captured[i];
                var body = new { id = $"evt_{state(order, i)}_{order.Id:N}", paymentIntent = references[order.Id], dispute = state(order, i), amount = order.Totals.Total, reason = "fraudulent" };
                await DeliverAsync(body);
                await DeliverAsync(body);
                if (i == kill)
                {
                    scenario.Host.Kill();
                    var restart = scenario.Host.StartAsync();
                    await DeliverAsync(body); // sent into the outage, answered once the host is back
                    await restart;
                }
            }
        }

        await DisputeAllAsync((_, _) => "opened");
        var flagged = await WaitForAsync(() => scenario.Shop.OrdersAsync(), all => all.Where(o => references.ContainsKey(o.Id)).All(o => o.DisputeStatus == "open"), TimeSpan.FromMinutes(1));
        var open = flagged.Count(o => references.ContainsKey(o.Id) && o.DisputeStatus == "open");
        await DisputeAllAsync((_, i) => i % 2 == 0 ? "won" : "lost");
        var closed = await WaitForAsync(() => scenario.Shop.OrdersAsync(),
            all => all.Where(o => references.ContainsKey(o.Id)).All(o => o.DisputeStatus is "won" or "lost"), TimeSpan.FromMinutes(1));
        var outcomes = closed.Count(o => references.ContainsKey(o.Id) && o.DisputeStatus is "won" or "lost");

        async Task<(int Opened, int Closed)> EmailsAsync(Guid orderId)
        {
            var sent = await scenario.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/notifications?orderId={orderId}&pageSize=100");
            var kinds = sent.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();
            return (kinds.Count(k => k == "DisputeOpened"), kinds.Count(k => k == "DisputeClosed"));
        }

        var emails = await WaitForAsync(async () => await Task.WhenAll(captured.Select(o => EmailsAsync(o.Id))),
            all => all.All(e => e is (1, 1)), TimeSpan.FromMinutes(1));
        var audit = await scenario.AuditAsync([.. load.Attempts]);
        var once = emails.Count(e => e is (1, 1));
        var passed = audit.Passed && captured.Count > 0 && open == captured.Count && outcomes == captured.Count && once == captured.Count;
        return new FaultResult("Disputes opened at the provider, delivered twice, across a host kill", passed, audit.Attempts + (captured.Count * 4), 1, audit.Lost,
            $"{captured.Count} captured orders disputed: {open} flagged open, {outcomes} closed with their outcome, {once} with exactly one email opened and one closed " +
            $"(each event sent twice, one more into the outage); {audit}");
    }

    /// <summary>
    /// Every settled payment's answer delivered again, twice, as a provider retrying or a broker redelivering would,
    /// and an authorization that arrives after the payment moved on (voided, captured): each is handled, and the
    /// orders do not change.
    /// </summary>
    private static async Task<Replay> ReplayPaymentAnswersAsync(FaultScenario scenario)
    {
        var connectionString = scenario.Deployment.ConnectionString;
        await using var snapshot = new StateSnapshot(connectionString);
        var before = await snapshot.TakeAsync();
        var answers = new List<(string Type, object Message)>();
        foreach (var order in await scenario.Shop.OrdersAsync())
        {
            var payment = await scenario.Http.GetFromJsonAsync<PaymentRecord>($"/api/v1/payments/{order.Id}", ShopClient.Json);
            var standing = new PaymentStanding(payment!.Version, payment.Status, payment.AmountAuthorized, payment.AmountCaptured, payment.AmountRefunded, payment.Currency);
            object? current = payment.Status switch
            {
                "Authorized" => new PaymentAuthorized(order.Id, standing, payment.CardBrand, payment.CardLast4, payment.UpdatedAt),
                "Captured" => new PaymentCaptured(order.Id, standing, payment.UpdatedAt),
                "Voided" => new PaymentVoided(order.Id, standing, payment.UpdatedAt),
                "Declined" => new PaymentDeclined(order.Id, standing, payment.Changes[^1].Code ?? "card_declined", payment.UpdatedAt),
                _ => null,
            };
            if (current is not null)
            {
                answers.Add((current.GetType().Name, current));
                answers.Add((current.GetType().Name, current));
            }

            if (payment.Changes.LastOrDefault(c => c.Type == "Authorized") is { } authorized && authorized.Version < payment.Version)
            {
                var then = new PaymentStanding(authorized.Version, "Authorized", authorized.Amount ?? 0, 0, 0, payment.Currency);
                answers.Add((nameof(PaymentAuthorized), new PaymentAuthorized(order.Id, then, payment.CardBrand, payment.CardLast4, authorized.At)));
            }
        }

        var deadBefore = await DeadLettersAsync(connectionString);
        using var sqs = Sqs();
        var ordering = (await sqs.GetQueueUrlAsync(SqsQueueName.For(scenario.Deployment.QueuePrefix, "ordering"))).QueueUrl;
        var ids = new Guid[answers.Count];
        for (var i = 0; i < answers.Count; i++)
        {
            var (type, message) = answers[i];
            ids[i] = Guid.NewGuid();
            await sqs.SendMessageAsync(WireMessage(ordering, type, JsonSerializer.Serialize(message, message.GetType(), ShopClient.Json), ids[i]));
        }

        var handled = await WaitForAsync(() => HandledAsync(connectionString, ids), n => n >= ids.Length, TimeSpan.FromMinutes(2));
        return new Replay(answers.Count, handled, await DeadLettersAsync(connectionString) - deadBefore, await snapshot.TakeAsync() == before);
    }

    /// <summary>Of these messages, those Ordering's inbox has handled (Wolverine keeps them a while, to tell duplicates).</summary>
    private static async Task<long> HandledAsync(string connectionString, Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from wolverine.wolverine_incoming_envelopes where status = 'Handled' and id = any(@ids)", connection);
        count.Parameters.AddWithValue("ids", ids);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task<long> DeadLettersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from wolverine.wolverine_dead_letters", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private sealed record Replay(int Sent, long Handled, long DeadLettered, bool Unchanged)
    {
        public bool Passed => Sent > 0 && Handled == Sent && DeadLettered == 0 && Unchanged;

        public override string ToString() =>
            $"{Sent} payment answers sent again (each twice, and stale ones late): {Handled} handled, {DeadLettered} dead-lettered, " +
            (Unchanged ? "nothing stored changed" : "the stored state CHANGED");
    }

    private sealed record PaymentRecord(
        string Status, string Currency, decimal AmountAuthorized, decimal AmountCaptured, decimal AmountRefunded, string? CardBrand, string? CardLast4,
        int Version, DateTimeOffset UpdatedAt, IReadOnlyList<PaymentChange> Changes);

    private sealed record PaymentChange(int Version, string Type, decimal? Amount, string? Code, DateTimeOffset At);

    /// <summary>
    /// The system as two processes: Catalog, Basket, Ordering and Payments in one, Inventory and Notifications (with the Catalog
    /// Inventory reads) in the other, on
    /// one database and one set of queues. Routing is the topology, not the process: orders placed on the first are
    /// answered by the second.
    /// </summary>
    private static async Task<FaultResult> SplitHostsAsync(WorkbenchOptions options)
    {
        var front = new Deployment("faults_split", 5091, Path.Combine(options.RunDirectory, "split"));
        front.Settings["Messaging:DurabilityMode"] = "Balanced";
        var back = front.Sibling(5092);
        front.Settings["Modules:Enabled:0"] = "Catalog";
        front.Settings["Modules:Enabled:1"] = "Basket";
        front.Settings["Modules:Enabled:2"] = "Ordering";
        front.Settings["Modules:Enabled:3"] = "Payments";
        back.Settings["Modules:Enabled:0"] = "Inventory";
        back.Settings["Modules:Enabled:1"] = "Notifications";
        back.Settings["Modules:Enabled:2"] = "Catalog"; // Inventory reads the catalog to keep stock only for its products
        await front.RecreateDatabaseAsync();
        await using var frontHost = HostProcess.For(options.HostDll, [], front, Path.Combine(front.RunDirectory, "front.log"));
        await using var backHost = HostProcess.For(options.HostDll, [], back, Path.Combine(back.RunDirectory, "back.log"));
        await frontHost.StartAsync();
        await backHost.StartAsync();
        using var frontHttp = front.AdminClient(TimeSpan.FromSeconds(15));
        using var backHttp = back.AdminClient(TimeSpan.FromSeconds(15));
        var shop = new ShopClient(frontHttp);
        var stock = new ShopClient(backHttp);

        var products = new List<Guid>();
        var initial = new Dictionary<Guid, int>();
        for (var i = 0; i < 3; i++)
        {
            var id = await shop.CreateProductAsync($"S-{Guid.NewGuid():N}"[..20], $"Split product {i}", "Faults", 10m + i);
            await stock.SetStockAsync(id, 40);
            initial[id] = 40;
            products.Add(id);
        }

        var load = new CheckoutLoad(shop, products, "split");
        await load.RunClientsAsync(Clients, Seconds(options, 20, 8));
        var audit = await OrderAudit.SettleAsync(shop, [.. load.Attempts], initial, TimeSpan.FromMinutes(2), stock);
        var mails = Directory.Exists(Path.Combine(back.RunDirectory, "mail")) ? Directory.GetFiles(Path.Combine(back.RunDirectory, "mail"), "*.eml").Length : 0;
        var passed = audit.Passed && audit.Accepted > 0 && audit.Confirmed > 0 && mails > 0;
        return new FaultResult("Two processes, modules split between them", passed, audit.Attempts, 0, audit.Lost,
            $"front (Catalog, Basket, Ordering, Payments) and back (Inventory, Notifications, Catalog): {audit}; {mails} emails sent by the back");
    }

    /// <summary>
    /// Three hosts in Balanced mode share the load; one is SIGKILLed under it. Every accepted order settles, none lost
    /// or duplicated, stock agrees; the time from the kill until the dead node's last accepted order settled is the
    /// takeover figure (target: 15 s).
    /// </summary>
    private const double NodeRate = 8;

    private static async Task<FaultResult> NodeKilledAsync(WorkbenchOptions options)
    {
        var first = new Deployment("faults_nodes", 5091, Path.Combine(options.RunDirectory, "nodes"));
        first.Settings["Messaging:DurabilityMode"] = "Balanced";
        // Three hosts share one PostgreSQL that takes 100 connections: each host's pool gets a third, as a production
        // deployment sizes them (hosts × Maximum Pool Size below max_connections). Over it, a starved host misses its
        // health checks and is taken for dead while alive.
        first.Settings["ConnectionStrings:Commerce"] = first.ConnectionString + ";Maximum Pool Size=30";
        Deployment[] deployments = [first, first.Sibling(5092), first.Sibling(5093)];
        await first.RecreateDatabaseAsync();
        var hosts = deployments.Select((d, i) => HostProcess.For(options.HostDll, [], d, Path.Combine(d.RunDirectory, $"node{i + 1}.log"))).ToArray();
        var clients = deployments.Select(d => d.AdminClient(TimeSpan.FromSeconds(15))).ToArray();
        try
        {
            foreach (var host in hosts)
            {
                await host.StartAsync();
            }

            var shops = clients.Select(c => new ShopClient(c)).ToArray();
            var products = new List<Guid>();
            var initial = new Dictionary<Guid, int>();
            for (var i = 0; i < 5; i++)
            {
                var id = await shops[0].CreateProductAsync($"N-{Guid.NewGuid():N}"[..20], $"Node product {i}", "Faults", 10m + i);
                await shops[0].SetStockAsync(id, options.Short ? 60 : 200);
                initial[id] = options.Short ? 60 : 200;
                products.Add(id);
            }

            var duration = Seconds(options, 30, 12);
            var loads = shops.Select((shop, i) => new CheckoutLoad(shop, products, $"node{i + 1}")).ToArray();
            // A steady rate the three nodes keep up with: what is measured is the takeover, not a backlog behind it.
            var running = loads.Select(l => l.RunRateAsync(NodeRate, duration)).ToArray();
            await Task.Delay(duration / 2);
            hosts[1].Kill();
            var killedAt = DateTime.UtcNow;

            // Watched from the kill on, while the load goes on: the dead node's accepted orders settle only once another
            // node takes its work over. The live nodes' orders accepted before the kill settle behind the same backlog,
            // so their time says how much of the takeover figure is that backlog.
            var orphans = loads[1].Attempts.Where(a => a.OrderId is not null).Select(a => a.OrderId!.Value).ToHashSet();
            var survivors = loads.Where((_, i) => i != 1).SelectMany(l => l.Attempts).Where(a => a.OrderId is not null).Select(a => a.OrderId!.Value).ToHashSet();
            DateTime? orphansSettledAt = null, survivorsSettledAt = null;
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (DateTime.UtcNow < deadline && (orphansSettledAt is null || survivorsSettledAt is null))
            {
                var orders = await shops[0].OrdersAsync();
                orphansSettledAt ??= orders.Where(o => orphans.Contains(o.Id)).All(o => o.Status != "Pending") ? DateTime.UtcNow : null;
                survivorsSettledAt ??= orders.Where(o => survivors.Contains(o.Id)).All(o => o.Status != "Pending") ? DateTime.UtcNow : null;
                await Task.Delay(200);
            }

            await Task.WhenAll(running);
            var takeover = (orphansSettledAt ?? DateTime.UtcNow) - killedAt;
            var backlog = (survivorsSettledAt ?? DateTime.UtcNow) - killedAt;
            var audit = await OrderAudit.SettleAsync(shops[0], [.. loads.SelectMany(l => l.Attempts)], initial, TimeSpan.FromMinutes(3));
            var passed = audit.Passed && audit.Accepted > 0;
            return new FaultResult("Three nodes (Balanced), one SIGKILLed under load", passed, audit.Attempts, 1, audit.Lost,
                string.Create(CultureInfo.InvariantCulture,
                    $"the dead node's last accepted order settled {Math.Max(0, takeover.TotalSeconds):0.0} s after the kill (target 15 s: {(takeover.TotalSeconds <= 15 ? "met" : "missed")}), " +
                    $"the live nodes' last {Math.Max(0, backlog.TotalSeconds):0.0} s after it; {audit}"));
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }

            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// A consumer whose dependency is down (the mail server) waits it out: its messages are retried with backoff, never
    /// dead-lettered; after the fix (a host that can send mail, on the same database and queues) each email goes out
    /// once. Poison sent beside them (unreadable bodies) is dead-lettered at once, listed, and sent back by an operator;
    /// still poison, it comes back to the dead letters, none lost.
    /// </summary>
    private static async Task<FaultResult> FailingConsumerAsync(WorkbenchOptions options)
    {
        var orders = options.Short ? 4 : 20;
        const int Poison = 3;
        string mail;
        List<Attempt> attempts = [];
        string queuePrefix;
        long failing;
        long deadDuringOutage;
        long listed;
        {
            await using var broken = await FaultScenario.StartAsync(options, "dlq", deployment =>
            {
                deployment.Settings["Notifications:Email:Delivery"] = "Smtp";
                deployment.Settings["Notifications:Email:Host"] = "127.0.0.1";
                deployment.Settings["Notifications:Email:Port"] = "9";
                deployment.Settings["Notifications:Email:EnableSsl"] = "false";
                deployment.Settings["Messaging:TransientRetryDelays:0"] = "00:00:01";
            });
            mail = Path.Combine(broken.Deployment.RunDirectory, "mail");
            queuePrefix = broken.Deployment.QueuePrefix;
            var products = await broken.StockedProductsAsync(1, 1000);
            for (var i = 0; i < orders; i++)
            {
                attempts.Add(await broken.Shop.CheckoutAsync($"dlq-{i}", products[0], 1));
            }

            await SendPoisonAsync(SqsQueueName.For(queuePrefix, "notifications"), Poison);

            // Each order tells its customer twice: placed, then confirmed. Both keep failing while the server is down.
            failing = await WaitForAsync(async () => await FailedNotificationsAsync(broken.Http), n => n >= 2 * orders, TimeSpan.FromMinutes(2));
            listed = await WaitForAsync(async () => await DeadLetteredAsync(broken.Http), n => n >= Poison, TimeSpan.FromMinutes(1));
            deadDuringOutage = listed - Poison;
            await broken.Host.StopAsync();
        }

        await using var fixedHost = await RestartOnAsync(options, "dlq", queuePrefix);
        var sent = await WaitForAsync(() => Task.FromResult((long)CountMail(mail)), n => n >= 2 * orders, TimeSpan.FromMinutes(2));
        var redriven = await fixedHost.Http.PostAsync(new Uri("/api/v1/operations/dead-letters/redrive", UriKind.Relative), null);
        var moved = (await redriven.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Sum(r => r.GetProperty("moved").GetInt32());
        var back = await WaitForAsync(async () => await DeadLetteredAsync(fixedHost.Http), n => n >= Poison, TimeSpan.FromMinutes(1));
        await Task.Delay(TimeSpan.FromSeconds(5)); // a second delivery would show up by now
        sent = CountMail(mail);

        var passed = attempts.All(a => a.Status == 202) && failing >= 2 * orders && deadDuringOutage == 0 && sent == 2 * orders
            && listed == Poison && moved == Poison && back == Poison;
        return new FaultResult("Consumer failing until fixed; poison listed and redriven", passed, orders + Poison, (int)failing + Poison, (int)(2 * orders - sent),
            $"{orders} orders: {failing} notifications failing while the mail server was down, {deadDuringOutage} of them dead-lettered, {sent} emails sent after the fix (expected {2 * orders}, each once); " +
            $"{Poison} poison messages: {listed} listed, {moved} redriven, {back} back in the dead-letter queue");
    }

    /// <summary>Unreadable messages, as a broken producer would send them straight to a consuming queue.</summary>
    private static async Task SendPoisonAsync(string queue, int count)
    {
        using var sqs = Sqs();
        var url = (await sqs.GetQueueUrlAsync(queue)).QueueUrl;
        for (var i = 0; i < count; i++)
        {
            await sqs.SendMessageAsync(WireMessage(url, "OrderShipped", "{ not json"));
        }
    }

    private static AmazonSQSClient Sqs() =>
        new(new BasicAWSCredentials("local", "local"), new AmazonSQSConfig { ServiceURL = "http://127.0.0.1:4566", AuthenticationRegion = "us-east-1" });

    /// <summary>A message as a producer of ours puts it on the wire, under a message id of its own.</summary>
    private static SendMessageRequest WireMessage(string queueUrl, string type, string body, Guid? id = null) => new()
    {
        QueueUrl = queueUrl,
        MessageBody = body,
        MessageAttributes = new Dictionary<string, MessageAttributeValue>
        {
            [IntegrationEventWire.MessageType] = new() { DataType = "String", StringValue = type },
            [IntegrationEventWire.MessageId] = new() { DataType = "String", StringValue = (id ?? Guid.NewGuid()).ToString() },
        },
    };

    private static async Task<long> FailedNotificationsAsync(HttpClient http)
    {
        var page = await http.GetFromJsonAsync<JsonElement>("/api/v1/notifications?pageSize=100");
        return page.GetProperty("items").EnumerateArray().Count(n => n.GetProperty("status").GetString() == "Failed");
    }

    private static async Task<FaultScenario> RestartOnAsync(WorkbenchOptions options, string name, string queuePrefix)
    {
        var deployment = new Deployment($"faults_{name}", 5091, Path.Combine(options.RunDirectory, name));
        deployment.Settings["Sqs:QueuePrefix"] = queuePrefix;
        var host = HostProcess.For(options.HostDll, [], deployment, Path.Combine(deployment.RunDirectory, "host-fixed.log"));
        await host.StartAsync();
        return await FaultScenario.AttachAsync(options, deployment, host);
    }

    private static async Task<long> DeadLetteredAsync(HttpClient http)
    {
        var queues = await http.GetFromJsonAsync<JsonElement>("/api/v1/operations/dead-letters?sample=0");
        return queues.EnumerateArray().Sum(q => q.GetProperty("approximateCount").GetInt64());
    }

    private static int CountMail(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Length : 0;

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        T value;
        while (!done(value = await read()) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        return value;
    }

    private static async Task<(HttpStatusCode Status, double Ms)> TimedAsync(HttpClient http, string path)
    {
        var (status, ms, _) = await TimedBodyAsync(http, path);
        return (status, ms);
    }

    private static async Task<(HttpStatusCode Status, double Ms, string Body)> TimedBodyAsync(HttpClient http, string path)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, body);
        }
        catch (TaskCanceledException)
        {
            return (HttpStatusCode.GatewayTimeout, Stopwatch.GetElapsedTime(started).TotalMilliseconds, string.Empty);
        }
    }
}
