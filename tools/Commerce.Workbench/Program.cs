using Commerce.Workbench;
using Commerce.Workbench.Bench;
using Commerce.Workbench.Faults;

try
{
    return args switch
    {
        ["bench-host", .. var hostArgs] => await BenchHost.RunAsync(hostArgs),
        ["bench", .. var options] => await Benchmark.RunAsync(WorkbenchOptions.Parse(options)),
        ["faults", .. var options] => await FaultSuite.RunAsync(WorkbenchOptions.Parse(options)),
        _ => Usage(),
    };
}
catch (Exception failure) when (args is not ["bench-host", ..])
{
    // A run that cannot go on says why in one line; the host's own log above it has the details.
    Console.Error.WriteLine($"[workbench] failed: {Reasons(failure)}");
    return 1;
}

static string Reasons(Exception failure) =>
    string.Join(" ← ", Enumerable.Repeat(failure, 1).Concat(InnerOf(failure)).Select(e => $"{e.Message} ({e.GetType().Name})"));

static IEnumerable<Exception> InnerOf(Exception failure)
{
    for (var inner = failure.InnerException; inner is not null; inner = inner.InnerException)
    {
        yield return inner;
    }
}

static int Usage()
{
    Console.Error.WriteLine("usage: Commerce.Workbench bench [--quick] [--root DIR] | faults [--short] [--root DIR] | bench-host [host args]");
    return 2;
}
