using System.Reflection;

namespace Commerce.ArchitectureTests;

/// <summary>
/// The contexts and layers found in a set of assemblies, read from namespaces shaped
/// <c>{Root}.{Context}.{Layer}</c>. Nothing is listed by hand, so a new context is checked the day it appears.
/// </summary>
public sealed class ModuleMap
{
    public static readonly string[] Layers = ["Domain", "Application", "Infrastructure", "Api", "Contracts"];

    public const string SharedKernel = "BuildingBlocks";

    public ModuleMap(string root, IReadOnlyList<Assembly> assemblies)
    {
        Root = root;
        Assemblies = assemblies;
        Modules = [.. assemblies
            .SelectMany(a => a.GetTypes())
            .Select(t => t.Namespace?.Split('.'))
            .Where(parts => parts is { Length: >= 3 } && parts[0] == root && Layers.Contains(parts[2]))
            .Select(parts => new ContextLayer(root, parts![1], parts[2]))
            .Distinct()
            .OrderBy(m => m.Namespace, StringComparer.Ordinal)];
    }

    public string Root { get; }

    public IReadOnlyList<Assembly> Assemblies { get; }

    public IReadOnlyList<ContextLayer> Modules { get; }

    public IEnumerable<string> Contexts => Modules.Select(m => m.Context).Where(c => c != SharedKernel).Distinct();

    public IEnumerable<ContextLayer> Layer(string layer) => Modules.Where(m => m.Layer == layer);

    public string Namespace(string context, string layer) => $"{Root}.{context}.{layer}";
}

public sealed record ContextLayer(string Root, string Context, string Layer)
{
    public string Namespace => $"{Root}.{Context}.{Layer}";

    public bool IsSharedKernel => Context == ModuleMap.SharedKernel;
}
