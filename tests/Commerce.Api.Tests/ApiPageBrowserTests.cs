using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace Commerce.Api.Tests;

/// <summary>The host on a real Kestrel port, as its own token issuer, so a real browser or a stock OpenID Connect client can reach it.</summary>
public sealed class KestrelApiFactory : CommerceApiFactory
{
    public KestrelApiFactory()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        UseKestrel(Port);
    }

    public int Port { get; }

    public string BaseUrl => $"http://localhost:{Port}";

    protected override string[] Modules => ["Catalog", "Basket", "Ordering", "Payments", "Users"];
}

/// <summary>
/// The interactive API page in Debian's headless Chromium, driven by playwright-core (tests/browser/api-page.mjs):
/// it lists the catalog operations, signs in on the Authorize dialog with an account's email and password (OAuth 2.0
/// password flow at /connect/token), executes a protected request and shows the 200.
/// build/browser.sh installs Chromium and the script's packages; CI runs it before the tests.
/// </summary>
public class ApiPageBrowserTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task A_developer_signs_in_on_the_api_page_and_executes_a_protected_request()
    {
        factory.StartServer();
        var email = $"browser-{Guid.NewGuid():N}@example.com";
        const string password = "a browser's long secret";
        using (var http = new HttpClient { BaseAddress = new Uri(factory.BaseUrl) })
        {
            (await http.PostAsJsonAsync("/api/v1/users", new { email, password, name = "Browser User" })).StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        var script = Path.Combine(Repository.Root(), "tests", "browser");
        Directory.Exists(Path.Combine(script, "node_modules", "playwright-core"))
            .Should().BeTrue($"playwright-core is installed in {script} (run build/browser.sh)");
        var screenshot = Path.Combine(Path.GetTempPath(), $"commerce-api-page-{Guid.NewGuid():N}.png");

        var start = new ProcessStartInfo("node", "api-page.mjs")
        {
            WorkingDirectory = script,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["BASE_URL"] = factory.BaseUrl,
                ["EMAIL"] = email,
                ["PASSWORD"] = password,
                ["SCREENSHOT"] = screenshot,
            },
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await node.WaitForExitAsync(patience.Token);

        node.ExitCode.Should().Be(0, $"the browser run ends well (screenshot of a failure: {screenshot})\n{await output}\n{await errors}");
        (await output).Should().Contain("step: see the response").And.Contain("ok:");
    }
}
