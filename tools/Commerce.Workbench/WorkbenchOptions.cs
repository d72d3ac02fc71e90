namespace Commerce.Workbench;

/// <param name="Root">The repository: where build/infra.sh, the built host and docs/ are.</param>
/// <param name="Short">The quick form (CI's fault run, a smoke run of the benchmark): same checks, less load.</param>
/// <param name="WriteDocs">Write the figures into docs/ (the full runs do; the short forms only print them).</param>
/// <param name="Only">Run just the scenario (faults) or part (bench) of this name, while working on it.</param>
internal sealed record WorkbenchOptions(string Root, bool Short, bool WriteDocs, string? Only = null)
{
    public static WorkbenchOptions Parse(IReadOnlyList<string> args)
    {
        var root = Directory.GetCurrentDirectory();
        var isShort = false;
        bool? write = null;
        string? only = null;
        double? rate = null;
        var settings = new Dictionary<string, string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--root" when i + 1 < args.Count:
                    root = args[++i];
                    break;
                case "--short" or "--quick":
                    isShort = true;
                    break;
                case "--only" when i + 1 < args.Count:
                    only = args[++i];
                    write = false;
                    break;
                case "--rate" when i + 1 < args.Count:
                    rate = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    write = false;
                    break;
                case "--set" when i + 1 < args.Count && args[i + 1].Contains('=', StringComparison.Ordinal):
                    var (key, value) = (args[++i].Split('=', 2)[0], args[i].Split('=', 2)[1]);
                    settings[key] = value;
                    write = false;
                    break;
                case "--no-docs":
                    write = false;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        return new WorkbenchOptions(Path.GetFullPath(root), isShort, write ?? !isShort, only) { Rate = rate, HostSettings = settings };
    }

    /// <summary>The benchmark's offered checkout rate instead of its default (an experiment; figures are not written).</summary>
    public double? Rate { get; init; }

    /// <summary>Host settings on top of the run's own (<c>--set Sqs:ListenerCount=4</c>; an experiment).</summary>
    public IReadOnlyDictionary<string, string> HostSettings { get; init; } = new Dictionary<string, string>();

    public string RunDirectory { get; } = Path.Combine(Path.GetTempPath(), $"commerce-workbench-{Environment.ProcessId}");

    public string Script(string name) => Path.Combine(Root, "build", name);

    public string HostDll => Path.Combine(Root, "src", "Commerce.Host", "bin", "Release", "net10.0", "Commerce.Host.dll");

    public static string WorkbenchDll => Path.Combine(AppContext.BaseDirectory, "Commerce.Workbench.dll");
}
