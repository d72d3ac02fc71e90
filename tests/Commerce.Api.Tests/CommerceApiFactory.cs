using System.Net.Http.Headers;
using Commerce.BuildingBlocks.Api.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Commerce.Api.Tests;

/// <summary>
/// The real host on a real PostgreSQL: each factory creates its own database (so test runs never see each other's
/// data, nor a developer's) and drops it at the end. The server comes from build/infra.sh; its address can be
/// changed with COMMERCE_TEST_POSTGRES (a connection string to a database the role may create databases from).
/// </summary>
public class CommerceApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("COMMERCE_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Database=postgres;Username=commerce;Password=commerce;SSL Mode=Disable";

    private readonly string databaseName = $"commerce_test_{Guid.NewGuid():N}";

    public const string SigningKey = "api-tests-signing-key-0123456789abcdef0123456789";
    public const string Issuer = "commerce-tests";

    protected virtual string HostEnvironment => "Testing";

    /// <summary>Limits are tested by their own host; here they would only make the suite flaky.</summary>
    protected virtual bool RateLimited => false;

    /// <summary>The old serverless shop's routes; off, as in production, unless a test host turns them on.</summary>
    protected virtual bool CompatibilityRoutes => false;

    protected virtual bool SeedSampleData => false;

    /// <summary>
    /// Without Inventory, only Payments answers an order (the test provider authorizes it), so tests send Inventory's
    /// answer themselves. The event flow is tested with every module (<see cref="EventFlowApiFactory"/>).
    /// </summary>
    protected virtual string[] Modules => ["Catalog", "Basket", "Ordering", "Payments"];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = databaseName }.ConnectionString;

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            await DropDatabaseAsync();
        }
    }

    /// <remarks>
    /// FORCE ends the sessions still open, but PostgreSQL gives them five seconds to go, and a loaded CI machine has
    /// been seen to need more; a few tries keep a slow teardown from failing a run whose tests all passed.
    /// </remarks>
    private async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ServerConnectionString);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException exception) when (attempt < 5)
            {
                await Console.Error.WriteLineAsync($"Dropping {databaseName} failed ({exception.SqlState}: {exception.MessageText}); trying again");
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(HostEnvironment);
        builder.UseSetting("ConnectionStrings:Commerce", ConnectionString);
        builder.UseSetting("Catalog:SeedSampleData", SeedSampleData.ToString());
        builder.UseSetting("Catalog:Images:CreateBucket", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Messaging:DurabilityMode", "Solo");
        builder.UseSetting("Sqs:AutoProvisionQueues", "true");
        builder.UseSetting("Sqs:QueuePrefix", QueuePrefix);
        builder.UseSetting("Caching:InstanceName", QueuePrefix);
        builder.UseSetting("Sqs:WaitTimeSeconds", "1");
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Auth:Issuer", Issuer);
        builder.UseSetting("RateLimiting:Enabled", RateLimited.ToString());
        builder.UseSetting("Compatibility:Enabled", CompatibilityRoutes.ToString());
        builder.UseSetting("Notifications:Email:Delivery", "PickupFolder");
        builder.UseSetting("Payments:Provider", "Test");
        builder.UseSetting("Users:Tokens:CreateDevelopmentKeys", "true");
        builder.UseSetting("Users:Tokens:RequireHttps", "false");
        builder.UseSetting("Users:Tokens:ApplyMigrationsAtStart", "true");
        builder.UseSetting("Users:Tokens:EntryCheckLifetime", EntryCheckLifetime.ToString());
        for (var i = 0; i < Modules.Length; i++)
        {
            builder.UseSetting($"Modules:Enabled:{i}", Modules[i]);
        }
    }

    /// <summary>Clients act as staff unless a test asks for someone else: most tests are about behaviour, not access.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor("staff", Roles.Admin));
    }

    /// <summary>A client with a token for <paramref name="userName"/> holding <paramref name="roles"/> (none: a plain customer).</summary>
    public HttpClient ClientFor(string userName, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(userName, roles.Length == 0 ? [Roles.Customer] : roles));
        return client;
    }

    /// <summary>A customer whose token states <paramref name="email"/> as theirs (an identity provider's <c>email</c> claim).</summary>
    public HttpClient CustomerWithEmail(string userName, string email)
    {
        var client = CreateClient();
        var token = new DevelopmentTokens(new AuthOptions { SigningKey = SigningKey, Issuer = Issuer }, TimeProvider.System).Mint(userName, [Roles.Customer], email);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    public HttpClient AnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    /// <summary>How long an access token that passed its entry checks is taken as valid: the longest a revoked one works.</summary>
    public static readonly TimeSpan EntryCheckLifetime = TimeSpan.FromSeconds(2);

    /// <summary>Waits until <paramref name="accessToken"/> is refused on the API, as a revoked one must be within
    /// <see cref="EntryCheckLifetime"/> (and a second's slack); past that, the wait fails naming <paramref name="why"/>.</summary>
    public Task RefusedSoonAsync(string accessToken, string why)
    {
        var client = BearerClient(accessToken);
        return Eventually.HoldsAsync(
            async () => (await client.GetAsync("/api/v1/users/me")).StatusCode == System.Net.HttpStatusCode.Unauthorized,
            $"the token refused: {why}", (int)(EntryCheckLifetime + TimeSpan.FromSeconds(1)).TotalSeconds);
    }

    /// <summary>A client that sends <paramref name="accessToken"/>, a token the shop's own issuer gave.</summary>
    public HttpClient BearerClient(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <remarks>
    /// Minted here rather than by the host's service: touching <c>Services</c> would start this factory's own host,
    /// and a test deriving hosts from it (<c>WithWebHostBuilder</c>) would then run two Wolverine nodes on one database.
    /// </remarks>
    public static string TokenFor(string userName, params string[] roles) =>
        new DevelopmentTokens(new AuthOptions { SigningKey = SigningKey, Issuer = Issuer }, TimeProvider.System).Mint(userName, roles).AccessToken;

    /// <summary>This host's queues, apart from every other test run's on the shared emulator.</summary>
    public string QueuePrefix { get; } = $"t{Guid.NewGuid():N}"[..13] + "-";
}

[CollectionDefinition(Name)]
public sealed class SharedApi : ICollectionFixture<CommerceApiFactory>
{
    public const string Name = "api";
}
