namespace Commerce.Workbench.Bench;

internal static class BenchHost
{
    public static Task<int> RunAsync(string[] args) => throw new NotImplementedException(args.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
