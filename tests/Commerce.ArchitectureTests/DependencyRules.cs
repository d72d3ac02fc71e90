using System.Reflection;
using System.Runtime.CompilerServices;
using NetArchTest.Rules;

namespace Commerce.ArchitectureTests;

/// <summary>
/// The dependency rule of docs/architecture.md, one method per sentence. Each returns the offending types
/// (empty when the rule holds), so a failure says exactly which type broke which rule.
/// </summary>
public static class DependencyRules
{
    /// <summary>Libraries only Infrastructure may know.</summary>
    public static readonly string[] Technologies =
        ["Marten", "Wolverine", "Npgsql", "Amazon", "Weasel", "JasperFx", "Stripe", "OpenIddict", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Identity", "StackExchange.Redis", "ZiggyCreatures"];

    /// <summary>Our SQS transport's namespace, the same as WolverineFx.AmazonSqs's (docs/decisions/0007).</summary>
    public const string TransportNamespace = "Wolverine.AmazonSqs";

    public static readonly string[] Names =
    [
        nameof(DomainDependsOnlyOnTheSharedKernelDomain),
        nameof(ApplicationKnowsNoTechnologyNorOuterLayer),
        nameof(ApiKnowsNoInfrastructureNorDomain),
        nameof(InfrastructureDoesNotKnowTheApi),
        nameof(ContextsTalkOnlyThroughContracts),
        nameof(ContractsDependOnNothingButTheRuntime),
        nameof(SharedKernelKnowsNoContext),
        nameof(OnlyTheMessagingSetupKnowsTheTransport),
        nameof(NoStepsHiddenInExtensionsOnPorts),
    ];

    public static IReadOnlyList<string> Check(string rule, ModuleMap map) => rule switch
    {
        nameof(DomainDependsOnlyOnTheSharedKernelDomain) => DomainDependsOnlyOnTheSharedKernelDomain(map),
        nameof(ApplicationKnowsNoTechnologyNorOuterLayer) => ApplicationKnowsNoTechnologyNorOuterLayer(map),
        nameof(ApiKnowsNoInfrastructureNorDomain) => ApiKnowsNoInfrastructureNorDomain(map),
        nameof(InfrastructureDoesNotKnowTheApi) => InfrastructureDoesNotKnowTheApi(map),
        nameof(ContextsTalkOnlyThroughContracts) => ContextsTalkOnlyThroughContracts(map),
        nameof(ContractsDependOnNothingButTheRuntime) => ContractsDependOnNothingButTheRuntime(map),
        nameof(SharedKernelKnowsNoContext) => SharedKernelKnowsNoContext(map),
        nameof(OnlyTheMessagingSetupKnowsTheTransport) => OnlyTheMessagingSetupKnowsTheTransport(map),
        nameof(NoStepsHiddenInExtensionsOnPorts) => NoStepsHiddenInExtensionsOnPorts(map),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rule."),
    };

    /// <summary>Domain depends on nothing but the BuildingBlocks domain primitives (and the .NET runtime).</summary>
    public static IReadOnlyList<string> DomainDependsOnlyOnTheSharedKernelDomain(ModuleMap map) =>
        Offenders(map, map.Layer("Domain"), module => Types.InAssemblies(map.Assemblies).That().ResideInNamespace(module.Namespace)
            .Should().OnlyHaveDependenciesOn("System", "Microsoft.CodeAnalysis", module.Namespace, map.Namespace(ModuleMap.SharedKernel, "Domain")));

    /// <summary>Application never knows Marten, Wolverine, Npgsql, AWS, Redis, FusionCache or ASP.NET, nor any Infrastructure or Api.</summary>
    public static IReadOnlyList<string> ApplicationKnowsNoTechnologyNorOuterLayer(ModuleMap map) =>
        NotOn(map, map.Layer("Application"), [.. Technologies, "Microsoft.AspNetCore", .. OuterLayers(map, "Infrastructure", "Api")]);

    /// <summary>
    /// Api maps HTTP to requests: it never touches Infrastructure, a technology, or a context's Domain type. The
    /// shared kernel's Domain is allowed: its error types are what the Api turns into problem details.
    /// </summary>
    public static IReadOnlyList<string> ApiKnowsNoInfrastructureNorDomain(ModuleMap map) =>
        NotOn(map, map.Layer("Api"),
        [
            .. Technologies,
            .. OuterLayers(map, "Infrastructure"),
            .. map.Layer("Domain").Where(m => !m.IsSharedKernel).Select(m => m.Namespace),
        ]);

    public static IReadOnlyList<string> InfrastructureDoesNotKnowTheApi(ModuleMap map) =>
        NotOn(map, map.Layer("Infrastructure"), OuterLayers(map, "Api"));

    /// <summary>A context never references another context's Domain, Application, Infrastructure or Api.</summary>
    public static IReadOnlyList<string> ContextsTalkOnlyThroughContracts(ModuleMap map) =>
        [.. map.Contexts.SelectMany(context =>
        {
            var others = map.Modules.Where(m => m.Context != context && !m.IsSharedKernel && m.Layer != "Contracts").Select(m => m.Namespace).ToArray();
            return others.Length == 0
                ? []
                : Offenders(map, map.Modules.Where(m => m.Context == context), module => Types.InAssemblies(map.Assemblies)
                    .That().ResideInNamespace(module.Namespace).ShouldNot().HaveDependencyOnAny(others));
        })];

    /// <summary>Contracts are read by every other context: they carry no library with them.</summary>
    public static IReadOnlyList<string> ContractsDependOnNothingButTheRuntime(ModuleMap map) =>
        Offenders(map, map.Layer("Contracts"), module => Types.InAssemblies(map.Assemblies).That().ResideInNamespace(module.Namespace)
            .Should().OnlyHaveDependenciesOn("System", "Microsoft.CodeAnalysis", module.Namespace));

    /// <summary>BuildingBlocks is what every context needs; it never knows any one of them.</summary>
    public static IReadOnlyList<string> SharedKernelKnowsNoContext(ModuleMap map) =>
        NotOn(map, map.Modules.Where(m => m.IsSharedKernel), [.. map.Modules.Where(m => !m.IsSharedKernel).Select(m => m.Namespace)]);

    /// <summary>
    /// The SQS transport stands in for WolverineFx.AmazonSqs until that package is served: only the shared kernel's
    /// Infrastructure (where messaging is set up) names its types, so swapping it touches nothing else.
    /// </summary>
    public static IReadOnlyList<string> OnlyTheMessagingSetupKnowsTheTransport(ModuleMap map) =>
        NotOn(map, map.Modules.Where(m => m.Namespace != map.Namespace(ModuleMap.SharedKernel, "Infrastructure")), [TransportNamespace]);

    /// <summary>
    /// A handler reads as its use case: steps several handlers share are a service they are given, never an extension
    /// method on a port, which reads like the port's own operation and hides logic behind it.
    /// </summary>
    public static IReadOnlyList<string> NoStepsHiddenInExtensionsOnPorts(ModuleMap map)
    {
        var applications = map.Layer("Application").Select(m => m.Namespace).ToArray();
        return [.. map.Assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: true, IsSealed: true } && applications.Any(ns => InNamespace(t, ns)))
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Any(m => m.IsDefined(typeof(ExtensionAttribute), false)
                    && m.GetParameters()[0].ParameterType.Namespace is { } ns && ns.EndsWith(".Application.Ports", StringComparison.Ordinal)))
            .Select(t => t.FullName!)
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    private static bool InNamespace(Type type, string ns) =>
        type.Namespace is { } own && (own == ns || own.StartsWith(ns + ".", StringComparison.Ordinal));

    private static string[] OuterLayers(ModuleMap map, params string[] layers) =>
        [.. map.Modules.Where(m => layers.Contains(m.Layer)).Select(m => m.Namespace)];

    private static IReadOnlyList<string> NotOn(ModuleMap map, IEnumerable<ContextLayer> modules, string[] forbidden) =>
        forbidden.Length == 0
            ? []
            : Offenders(map, modules, module => Types.InAssemblies(map.Assemblies).That().ResideInNamespace(module.Namespace)
                .ShouldNot().HaveDependencyOnAny(forbidden));

    private static IReadOnlyList<string> Offenders(ModuleMap map, IEnumerable<ContextLayer> modules, Func<ContextLayer, ConditionList> rule) =>
        [.. modules.SelectMany(module => rule(module).GetResult().FailingTypeNames ?? []).Distinct().Order(StringComparer.Ordinal)];
}
