namespace Commerce.ArchitectureTests;

public class DependencyRuleTests
{
    public static TheoryData<string> Rules() => [.. DependencyRules.Names];

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_solution_obeys(string rule) =>
        DependencyRules.Check(rule, SolutionAssemblies.Map).Should().BeEmpty($"{rule} must hold for every context");

    /// <summary>Each rule, run over code that breaks it, names exactly the offending types: a rule that cannot fail proves nothing.</summary>
    [Theory]
    [InlineData(nameof(DependencyRules.DomainDependsOnlyOnTheSharedKernelDomain), "Shop.BuildingBlocks.Domain.Entity", "Shop.Sales.Domain.Order")]
    [InlineData(nameof(DependencyRules.ApplicationKnowsNoTechnologyNorOuterLayer), "Shop.Sales.Application.PlaceOrder")]
    [InlineData(nameof(DependencyRules.ApiKnowsNoInfrastructureNorDomain), "Shop.Sales.Api.OrdersEndpoint")]
    [InlineData(nameof(DependencyRules.InfrastructureDoesNotKnowTheApi), "Shop.Sales.Infrastructure.OrderStore")]
    [InlineData(nameof(DependencyRules.ContextsTalkOnlyThroughContracts), "Shop.Sales.Application.PlaceOrder")]
    [InlineData(nameof(DependencyRules.ContractsDependOnNothingButTheRuntime), "Shop.Billing.Contracts.InvoiceIssued")]
    [InlineData(nameof(DependencyRules.SharedKernelKnowsNoContext), "Shop.BuildingBlocks.Domain.Entity")]
    [InlineData(nameof(DependencyRules.OnlyTheMessagingSetupKnowsTheTransport), "Shop.Sales.Infrastructure.QueueSetup")]
    [InlineData(nameof(DependencyRules.NoStepsHiddenInExtensionsOnPorts), "Shop.Sales.Application.OrderSteps")]
    public void A_violating_fixture_breaks(string rule, params string[] offenders) =>
        DependencyRules.Check(rule, SolutionAssemblies.Fixture).Should().Equal(offenders);

    [Fact]
    public void Every_rule_is_checked_against_the_fixture() =>
        typeof(DependencyRuleTests).GetMethod(nameof(A_violating_fixture_breaks))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Should().HaveCount(DependencyRules.Names.Length);

    [Fact]
    public void Every_context_project_in_src_is_loaded_and_so_checked()
    {
        var projects = new DirectoryInfo(Repository.Root()).GetDirectories("src").Single()
            .EnumerateFiles("*.csproj", SearchOption.AllDirectories)
            .Select(f => Path.GetFileNameWithoutExtension(f.Name))
            .Where(name => SolutionAssemblies.LayerAssembly().IsMatch(name));

        SolutionAssemblies.All.Select(a => a.GetName().Name).Should().BeEquivalentTo(projects,
            "the host must reference every context, or its layers escape these rules");
    }

    /// <summary>The transport's own project is referenced by one project only; deleting it breaks nothing else.</summary>
    [Fact]
    public void Only_the_shared_infrastructure_references_the_transport_project()
    {
        var root = new DirectoryInfo(Repository.Root());
        var referencing = root.GetDirectories("src").Concat(root.GetDirectories("tools"))
            .SelectMany(folder => folder.EnumerateFiles("*.csproj", SearchOption.AllDirectories))
            .Where(project => File.ReadAllText(project.FullName).Contains("Commerce.Wolverine.AmazonSqs.csproj", StringComparison.Ordinal))
            .Select(project => Path.GetFileNameWithoutExtension(project.Name));

        referencing.Should().Equal("Commerce.BuildingBlocks.Infrastructure");
    }

    [Fact]
    public void The_map_finds_the_catalog_and_the_shared_kernel() =>
        SolutionAssemblies.Map.Modules.Should().Contain(
        [
            new ContextLayer("Commerce", "Catalog", "Domain"),
            new ContextLayer("Commerce", "Catalog", "Application"),
            new ContextLayer("Commerce", "Catalog", "Infrastructure"),
            new ContextLayer("Commerce", "Catalog", "Api"),
            new ContextLayer("Commerce", "Catalog", "Contracts"),
            new ContextLayer("Commerce", "BuildingBlocks", "Domain"),
        ]);
}
