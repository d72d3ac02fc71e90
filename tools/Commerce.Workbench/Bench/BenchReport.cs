using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Commerce.Workbench.Bench;

/// <summary>docs/benchmarks.md: the figures of one run, the machine they came from, and how they compare to the targets.</summary>
internal sealed class BenchReport(WorkbenchOptions options, BenchSettings settings)
{
    private readonly List<SizeResult> results = [];

    public void Add(SizeResult result) => results.Add(result);

    public async Task WriteAsync()
    {
        var notes = await File.ReadAllTextAsync(Path.Combine(options.Root, "docs", "benchmark-notes.md"));
        await File.WriteAllTextAsync(Path.Combine(options.Root, "docs", "benchmarks.md"), Render() + Environment.NewLine + notes);
        Console.WriteLine("[bench] wrote docs/benchmarks.md");
    }

    public string Render()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("# Benchmarks")
            .AppendLine()
            .AppendLine("Written by `build/bench.sh` (one run; `build/bench.sh --quick` is a smoke run that writes nothing). Release build, the")
            .AppendLine("host in its own process with production settings (rate limiting off), real PostgreSQL and the SQS emulator, the")
            .AppendLine("load generators on the same machine (they share its two cores with the host, PostgreSQL and the emulator).")
            .AppendLine()
            .AppendLine(c, $"- Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {RuntimeInformation.OSDescription}; .NET {Environment.Version}; {PostgresVersion()}; run on {DateTime.UtcNow:yyyy-MM-dd}.")
            .AppendLine(c, $"- Load: {settings}.")
            .AppendLine("- Latencies in milliseconds; a checkout's latency covers both its requests (fill the basket, check out); message sent → handled is one hop through SQS, from Wolverine's send to the end of the handler, as the host measures it (`wolverine-effective-time`); a checkout's confirmation takes two hops.")
            .AppendLine();

        foreach (var r in results)
        {
            text.AppendLine(c, $"## {r.Label}")
                .AppendLine()
                .AppendLine("| operation | per second | p50 | p95 | p99 | max | errors | full / baseline |")
                .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            Row(text, "GET product by id, uniform over every product (the cache as the warm-up left it)", r.ById, r.ByIdBaseline);
            Row(text, "… baseline (Marten load, no MediatR, no mapping, no cache)", r.ByIdBaseline, null);
            Row(text, "GET products, one category, page of 20", r.List, r.ListBaseline);
            Row(text, "… baseline", r.ListBaseline, null);
            if (r.Warm is { } warm)
            {
                Row(text, "GET product by id, uniform, after every product was read once (Redis warm)", warm.ById, warm.Baseline);
                Row(text, "… baseline, the same reads", warm.Baseline, null);
            }

            if (r.Skewed is { } skewed)
            {
                Row(text, "GET product by id, reads skewed by popularity (Zipf, s = 1)", skewed.ById, skewed.Baseline);
                Row(text, "… baseline, the same reads", skewed.Baseline, null);
            }

            if (r.Cursor is { } cursor)
            {
                Row(text, "GET products by cursor, one category, first page of 20", cursor.ApiFirst, null);
                Row(text, "… the 500th page (cursor: full / first page)", cursor.ApiDeep, cursor.ApiFirst);
                Row(text, "… keyset query alone (no cache), first page", cursor.KeysetFirst, null);
                Row(text, "… keyset query alone, the 500th page (full / first page)", cursor.KeysetDeep, cursor.KeysetFirst);
                Row(text, "… baseline: the 500th page by number (offset; full / keyset's 500th)", cursor.OffsetDeep, cursor.KeysetDeep);
            }

            if (r.OrderCursor is { } orders)
            {
                Row(text, "GET orders by cursor, all of them newest first (staff, uncached), first page of 20", orders.First, null);
                Row(text, "… the 500th page (full / first page)", orders.Deep, orders.First);
                Row(text, "… baseline: the 500th page by number (offset; full / cursor's 500th)", orders.OffsetDeep, orders.Deep);
            }

            if (r.Tokens is { } tokens)
            {
                Row(text, "GET basket with a token of the shop's own issuer (its token and sign-in entries checked, a pass kept 5 s: a revocation holds within 5 s)", tokens.OwnToken, tokens.SharedKeyToken);
                Row(text, "… baseline: the same read with a shared-key token (signature only)", tokens.SharedKeyToken, null);
            }

            Row(text, "checkout (basket + checkout, distinct users)", r.Checkout, r.CheckoutBaseline);
            Row(text, "… the checkout request alone (baskets filled beforehand)", r.CheckoutAlone, r.CheckoutBaseline);
            Row(text, "… baseline (append OrderPlaced + outbox row)", r.CheckoutBaseline, null);
            text.AppendLine()
                .AppendLine("| checkouts offered | accepted/s | 202 → Confirmed p50 | p95 | p99 | max | not confirmed in 2 min | message sent → handled p50 | p95 | p99 | CPU per order: host | machine |")
                .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var e in r.EndToEnd)
            {
                var (l, g) = (e.Confirmed.LatencyMs, e.MessageTimeMs);
                text.AppendLine(c, $"| {e.OfferedRate:0}/s | {e.Confirmed.PerSecond:0} | {l.P50:0} | {l.P95:0} | {l.P99:0} | {l.Max:0} | {e.Confirmed.Errors} | {g.P50:0} | {g.P95:0} | {g.P99:0} | {e.Cpu.HostMs:0.0} ms | {e.Cpu.MachineMs:0.0} ms |");
            }

            text.AppendLine();
        }

        text.AppendLine("## Against the targets").AppendLine().AppendLine("| target | measured (per data size) | met |").AppendLine("|---|---|---|");
        Target(text, "≥ 10,000 product reads/s with p99 ≤ 10 ms", r => $"{r.ById.PerSecond:0}/s, p99 {r.ById.LatencyMs.P99:0.0} ms", r => r.ById.PerSecond >= 10_000 && r.ById.LatencyMs.P99 <= 10);
        Target(text, "≥ 1,000 checkouts/s", r => $"{r.Checkout.PerSecond:0}/s", r => r.Checkout.PerSecond >= 1_000);
        Target(text, "p99 checkout → confirmed ≤ 500 ms at 300/s", r => string.Join(", ", r.EndToEnd.Select(e => $"p99 {e.Confirmed.LatencyMs.P99:0} ms at {e.OfferedRate:0}/s"))
                + (r.EndToEnd.Any(e => e.OfferedRate >= 300) ? string.Empty : "; higher rates not run after the first that missed"),
            r => r.EndToEnd.Any(e => e.OfferedRate >= 300 && e.Confirmed.LatencyMs.P99 <= 500));
        Target(text, "highest offered rate holding p99 202 → Confirmed ≤ 500 ms (goal: 300/s)", r => HighestHolding(r) is { } best ? $"{best:0}/s" : "none of those run",
            r => HighestHolding(r) >= 300);
        Target(text, "cached reads full/baseline ≥ 2 (HybridCache + Redis against a bare Marten load; by id uniform over every product, the cache as the warm-up left it)", r => $"by id {Ratio(r.ById, r.ByIdBaseline)}, list {Ratio(r.List, r.ListBaseline)}", r => r.ById.PerSecond / r.ByIdBaseline.PerSecond >= 2 && r.List.PerSecond / r.ListBaseline.PerSecond >= 2);
        Target(text, "cached reads by id, uniform, Redis warm: full/baseline ≥ 2, p99 ≤ 10 ms",
            r => r.Warm is { } w ? $"{Ratio(w.ById, w.Baseline)}, p99 {w.ById.LatencyMs.P99:0.0} ms" : "not run",
            r => r.Warm is { } w ? w.ById.PerSecond / w.Baseline.PerSecond >= 2 && w.ById.LatencyMs.P99 <= 10 : null);
        Target(text, "cached reads by id skewed by popularity: full/baseline ≥ 2, p99 ≤ 10 ms",
            r => r.Skewed is { } k ? $"{Ratio(k.ById, k.Baseline)}, p99 {k.ById.LatencyMs.P99:0.0} ms" : "not run",
            r => r.Skewed is { } k ? k.ById.PerSecond / k.Baseline.PerSecond >= 2 && k.ById.LatencyMs.P99 <= 10 : null);
        Target(text, "cursor paging as fast at the 500th page as at the first (keyset, uncached: 500th / first ≥ 0.8)",
            r => r.Cursor is { } c ? $"{Ratio(c.KeysetDeep, c.KeysetFirst)} (API, cached: {Ratio(c.ApiDeep, c.ApiFirst)})" : "not run (fewer than 500 pages a category)",
            r => r.Cursor is { } c ? c.KeysetDeep.PerSecond / c.KeysetFirst.PerSecond >= 0.8 : null);
        Target(text, "order cursor paging as fast at the 500th page as at the first (through the API, uncached: 500th / first ≥ 0.8)",
            r => r.OrderCursor is { } o ? Ratio(o.Deep, o.First) : "not run (fewer than 500 pages of orders)",
            r => r.OrderCursor is { } o ? o.Deep.PerSecond / o.First.PerSecond >= 0.8 : null);
        Target(text, "checkouts full/baseline ≥ 0.5", r => Ratio(r.Checkout, r.CheckoutBaseline), r => r.Checkout.PerSecond / r.CheckoutBaseline.PerSecond >= 0.5);
        return text.ToString();
    }

    /// <param name="met">Null where the size did not run the measurement.</param>
    private void Target(StringBuilder text, string name, Func<SizeResult, string> measured, Func<SizeResult, bool?> met) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {string.Join("; ", results.Select(r => $"{r.Label}: {measured(r)}"))} | {string.Join(" / ", results.Select(r => met(r) switch { true => "yes", false => "**no**", null => "n/a" }))} |");

    private static void Row(StringBuilder text, string name, Throughput t, Throughput? baseline) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {t.PerSecond:0} | {t.LatencyMs.P50:0.0} | {t.LatencyMs.P95:0.0} | {t.LatencyMs.P99:0.0} | {t.LatencyMs.Max:0.0} | {t.Errors} | {(baseline is null ? "" : Ratio(t, baseline))} |");

    private static string Ratio(Throughput full, Throughput baseline) =>
        (full.PerSecond / baseline.PerSecond).ToString("0.00", CultureInfo.InvariantCulture);

    private static string PostgresVersion()
    {
        var lib = "/usr/lib/postgresql";
        return Directory.Exists(lib) ? $"PostgreSQL {Directory.GetDirectories(lib).Select(Path.GetFileName).Max()}" : "PostgreSQL";
    }

    private static double? HighestHolding(SizeResult result) =>
        result.EndToEnd.Where(e => e.Holds).Select(e => (double?)e.OfferedRate).Max();
}
