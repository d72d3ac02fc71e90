using System.Net.Http.Headers;
using System.Security.Cryptography;
using Commerce.BuildingBlocks.Api.Security;
using Npgsql;

namespace Commerce.Workbench.Driving;

/// <summary>
/// One host's surroundings: its own database and queue prefix (nothing shared with a developer's data or another
/// run), its port, a signing key made for this run, and the settings a scenario changes.
/// </summary>
internal sealed class Deployment
{
    // As appsettings.json's local default: no TLS on loopback (it cost a quarter of the host's CPU under load).
    private const string Server = "Host=127.0.0.1;Port=5432;Username=commerce;Password=commerce;SSL Mode=Disable";

    private readonly string signingKey;

    public Deployment(string name, int port, string runDirectory)
    {
        Database = $"commerce_{name}";
        QueuePrefix = $"{name}{Convert.ToHexString(RandomNumberGenerator.GetBytes(3)).ToLowerInvariant()}-";
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        RunDirectory = runDirectory;
        signingKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
    }

    private Deployment(Deployment sibling, int port)
    {
        Database = sibling.Database;
        QueuePrefix = sibling.QueuePrefix;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        RunDirectory = sibling.RunDirectory;
        signingKey = sibling.signingKey;
        foreach (var (key, value) in sibling.Settings)
        {
            Settings[key] = value;
        }
    }

    /// <summary>Another host of the same system: same database, queues, keys and settings, on its own port.</summary>
    public Deployment Sibling(int port) => new(this, port);

    public string Database { get; }

    public string QueuePrefix { get; }

    public Uri BaseAddress { get; }

    public string RunDirectory { get; }

    /// <summary>Settings on top of the production defaults (appsettings.json), as environment variables.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public string ConnectionString => $"{Server};Database={Database}";

    public Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_gcServer"] = "1",
            ["Urls"] = BaseAddress.ToString().TrimEnd('/'),
            ["ConnectionStrings__Commerce"] = ConnectionString,
            ["Auth__SigningKey"] = signingKey,
            ["Sqs__AutoProvisionQueues"] = "true",
            ["Sqs__QueuePrefix"] = QueuePrefix,
            ["Caching__InstanceName"] = QueuePrefix, // one Redis, each deployment its own keys
            // One node per database here; Solo takes over whatever a killed predecessor left at once.
            ["Messaging__DurabilityMode"] = "Solo",
            ["RateLimiting__Enabled"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Notifications__Email__Delivery"] = "PickupFolder",
            ["Payments__Provider"] = "Test",
            ["Notifications__Email__PickupFolder"] = Path.Combine(RunDirectory, "mail"),
            ["Telemetry__SampleInterval"] = "00:00:02",
            // Handlers here run in milliseconds: envelopes left behind by an outage are picked up again sooner.
            ["Messaging__StaleEnvelopeRecovery"] = "00:00:30",
        };
        // Unless a scenario picks the modules, every context the scenarios drive; Users only where the shop issues
        // tokens itself (IssueOwnTokens): a production host that is its own issuer needs token keys first.
        if (!Settings.Keys.Any(key => key.StartsWith("Modules:Enabled", StringComparison.Ordinal)))
        {
            string[] modules = ["Catalog", "Basket", "Ordering", "Payments", "Inventory", "Notifications", .. ownIssuer ? new[] { "Users" } : []];
            for (var i = 0; i < modules.Length; i++)
            {
                environment[$"Modules__Enabled__{i}"] = modules[i];
            }
        }

        foreach (var (key, value) in Settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return environment;
    }

    private bool ownIssuer;

    /// <summary>The shop as its own issuer too (the Users context): RSA keys made for this run, the users schema made at start.</summary>
    public void IssueOwnTokens()
    {
        var keys = Directory.CreateDirectory(Path.Combine(RunDirectory, "token-keys")).FullName;
        string Pem(string name)
        {
            using var rsa = RSA.Create(2048);
            var path = Path.Combine(keys, name);
            File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
            return path;
        }

        Settings["Users:Tokens:SigningKeyFiles:0"] = Pem("signing.pem");
        Settings["Users:Tokens:EncryptionKeyFile"] = Pem("encryption.pem");
        Settings["Users:Tokens:RequireHttps"] = "false";
        Settings["Users:Tokens:ApplyMigrationsAtStart"] = "true";
        ownIssuer = true;
    }

    public async Task RecreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection($"{Server};Database=postgres;Pooling=false");
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    public string TokenFor(string userName, params string[] roles) =>
        new DevelopmentTokens(new AuthOptions { SigningKey = signingKey }, TimeProvider.System).Mint(userName, roles).AccessToken;

    /// <summary>A client acting as staff (admin may act for any customer), with connections enough for the load.</summary>
    public HttpClient AdminClient(TimeSpan? timeout = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = BaseAddress,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor("workbench", Roles.Admin));
        return client;
    }
}
