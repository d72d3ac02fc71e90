using System.Reflection;
using System.Text.RegularExpressions;

namespace Commerce.ArchitectureTests;

internal static partial class SolutionAssemblies
{
    /// <summary>Every Commerce.{Context}.{Layer} assembly copied next to the tests (the host brings them all).</summary>
    public static readonly IReadOnlyList<Assembly> All = [.. Directory
        .EnumerateFiles(AppContext.BaseDirectory, "Commerce.*.dll")
        .Where(path => LayerAssembly().IsMatch(Path.GetFileNameWithoutExtension(path)))
        .Select(path => Assembly.LoadFrom(path))];

    public static readonly ModuleMap Map = new("Commerce", All);

    public static readonly ModuleMap Fixture = new("Shop", [typeof(Shop.Sales.Domain.Order).Assembly]);

    [GeneratedRegex(@"^Commerce\.\w+\.(Domain|Application|Infrastructure|Api|Contracts)$")]
    public static partial Regex LayerAssembly();
}
