namespace Commerce.Workbench.Bench;

internal static class Benchmark
{
    public static Task<int> RunAsync(WorkbenchOptions options) => throw new NotImplementedException(options.Root);
}
