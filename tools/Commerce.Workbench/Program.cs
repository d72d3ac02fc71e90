using Commerce.Workbench;
using Commerce.Workbench.Bench;
using Commerce.Workbench.Faults;

return args switch
{
    ["bench-host", .. var hostArgs] => await BenchHost.RunAsync(hostArgs),
    ["bench", .. var options] => await Benchmark.RunAsync(WorkbenchOptions.Parse(options)),
    ["faults", .. var options] => await FaultSuite.RunAsync(WorkbenchOptions.Parse(options)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Commerce.Workbench bench [--quick] [--root DIR] | faults [--short] [--root DIR] | bench-host [host args]");
    return 2;
}
