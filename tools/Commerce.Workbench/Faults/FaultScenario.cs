using Commerce.Workbench.Driving;

namespace Commerce.Workbench.Faults;

/// <summary>One fault's surroundings: a fresh database, a host in its own process, a catalog with limited stock.</summary>
internal sealed class FaultScenario : IAsyncDisposable
{
    private FaultScenario(WorkbenchOptions options, Deployment deployment, HostProcess host, HttpClient http)
    {
        Options = options;
        Deployment = deployment;
        Host = host;
        Http = http;
        Shop = new ShopClient(http);
    }

    public WorkbenchOptions Options { get; }

    public Deployment Deployment { get; }

    public HostProcess Host { get; }

    public HttpClient Http { get; }

    public ShopClient Shop { get; }

    public Dictionary<Guid, int> InitialStock { get; } = [];

    public static async Task<FaultScenario> StartAsync(WorkbenchOptions options, string name, Action<Deployment>? configure = null)
    {
        var deployment = new Deployment($"faults_{name}", 5091, Path.Combine(options.RunDirectory, name));
        configure?.Invoke(deployment);
        await deployment.RecreateDatabaseAsync();
        var host = HostProcess.For(options.HostDll, [], deployment, Path.Combine(deployment.RunDirectory, "host.log"));
        await host.StartAsync();
        return await AttachAsync(options, deployment, host);
    }

    /// <summary>A scenario around a host already started on an existing database.</summary>
    public static Task<FaultScenario> AttachAsync(WorkbenchOptions options, Deployment deployment, HostProcess host) =>
        Task.FromResult(new FaultScenario(options, deployment, host, deployment.AdminClient(TimeSpan.FromSeconds(15))));

    /// <summary>Fewer units than the load will ask for, so some orders are confirmed and the rest cancelled.</summary>
    public async Task<IReadOnlyList<Guid>> StockedProductsAsync(int count, int onHand)
    {
        var products = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = await Shop.CreateProductAsync($"F-{Guid.NewGuid():N}"[..20], $"Fault product {i}", "Faults", 10m + i);
            await Shop.SetStockAsync(id, onHand);
            InitialStock[id] = onHand;
            products.Add(id);
        }

        return products;
    }

    /// <param name="within">How long the flow may take to settle (3 minutes unless a scenario slows it on purpose).</param>
    public Task<OrderAudit> AuditAsync(IReadOnlyCollection<Attempt> attempts, TimeSpan? within = null) =>
        OrderAudit.SettleAsync(Shop, attempts, InitialStock, within ?? TimeSpan.FromMinutes(3));

    public async Task InfraAsync(string command)
    {
        using var process = System.Diagnostics.Process.Start(Options.Script("infra.sh"), [command]);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"build/infra.sh {command} failed with {process.ExitCode}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
