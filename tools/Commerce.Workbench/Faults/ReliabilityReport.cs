using System.Globalization;
using System.Text;

namespace Commerce.Workbench.Faults;

/// <summary>docs/reliability.md: what was broken, how much load went through, and what was lost (nothing).</summary>
internal static class ReliabilityReport
{
    public static async Task WriteAsync(WorkbenchOptions options, IReadOnlyList<FaultResult> results, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine("# Reliability: the fault-injection suite")
            .AppendLine()
            .AppendLine("Written by `build/faults.sh` (the full form; CI runs `build/faults.sh --short`, which checks the same things with")
            .AppendLine("less load and shorter outages). Each scenario starts the Release host in a process of its own, on a database of")
            .AppendLine("its own, drives real checkouts through the HTTP API, breaks something, and then checks every accepted order")
            .AppendLine("(`202`) end to end: present once, settled (Confirmed, Shipped or Cancelled), and stock and payments that agree")
            .AppendLine("with the orders.")
            .AppendLine()
            .AppendLine(invariant, $"Run on {DateTime.UtcNow:yyyy-MM-dd}: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, .NET {Environment.Version}, {elapsed.TotalMinutes:0.0} minutes.")
            .AppendLine()
            .AppendLine("| scenario | result | driven | faults injected | lost |")
            .AppendLine("|---|---|---:|---:|---:|");
        foreach (var result in results)
        {
            text.AppendLine(invariant, $"| {result.Scenario} | {(result.Passed ? "pass" : "**fail**")} | {result.Driven} | {result.Faults} | {result.Lost} |");
        }

        text.AppendLine(invariant, $"| **all** | {results.Count(r => r.Passed)}/{results.Count} | {results.Sum(r => r.Driven)} | {results.Sum(r => r.Faults)} | {results.Sum(r => r.Lost)} |")
            .AppendLine()
            .AppendLine("## What each run saw")
            .AppendLine();
        foreach (var result in results)
        {
            text.AppendLine(invariant, $"### {result.Scenario}").AppendLine().AppendLine("```").AppendLine(result.Detail).AppendLine("```").AppendLine();
        }

        text.Append(await File.ReadAllTextAsync(Path.Combine(options.Root, "docs", "reliability-notes.md")));
        await File.WriteAllTextAsync(Path.Combine(options.Root, "docs", "reliability.md"), text.ToString());
        Console.WriteLine("[faults] wrote docs/reliability.md");
    }
}
