using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Commerce.Api.Tests;

/// <summary>The host on a real Kestrel port, so a real browser can reach it.</summary>
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
}

/// <summary>
/// The interactive API page in Debian's headless Chromium, driven by playwright-core (tests/browser/api-page.mjs):
/// it lists the catalog operations, authorizes with a minted token, executes a protected request and shows the 200.
/// build/browser.sh installs Chromium and the script's packages; CI runs it before the tests.
/// </summary>
public class ApiPageBrowserTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task A_developer_authorizes_on_the_api_page_and_executes_a_protected_request()
    {
        factory.StartServer();
        var script = Path.Combine(Repository.Root(), "tests", "browser");
        Directory.Exists(Path.Combine(script, "node_modules", "playwright-core"))
            .Should().BeTrue($"playwright-core is installed in {script} (run build/browser.sh)");
        const string user = "browser-user";
        var screenshot = Path.Combine(Path.GetTempPath(), $"commerce-api-page-{Guid.NewGuid():N}.png");

        var start = new ProcessStartInfo("node", "api-page.mjs")
        {
            WorkingDirectory = script,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["BASE_URL"] = factory.BaseUrl,
                ["TOKEN"] = CommerceApiFactory.TokenFor(user, "customer"),
                ["USER_NAME"] = user,
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
