using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.SQS;

namespace Commerce.Messaging.Tests;

/// <summary>
/// The SQS endpoint the tests talk to, always on loopback: the shared emulator that build/infra.sh starts, or
/// (<see cref="PrivateEmulator"/>) one of the test's own that it can stop and start again.
/// </summary>
internal static class Emulator
{
    public const string SharedUrl = "http://127.0.0.1:4566";

    public static AmazonSQSConfig Config(string serviceUrl = SharedUrl) => new() { ServiceURL = serviceUrl, AuthenticationRegion = "us-east-1" };

    public static AmazonSQSClient Client(string serviceUrl = SharedUrl) => new(new BasicAWSCredentials("test", "test"), Config(serviceUrl));

    /// <summary>A prefix no other test uses, so each test has queues of its own on the shared emulator.</summary>
    public static string NewPrefix() => $"m{Guid.NewGuid():N}"[..13];
}

/// <summary>An emulator process of the test's own, on a free loopback port, from the project's pinned package.</summary>
internal sealed class PrivateEmulator : IAsyncDisposable
{
    private Process? process;

    public PrivateEmulator()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        var cli = Path.Combine(Repository.Root(), "build", "sqs", "node_modules", "fauxqs", "dist", "cli.js");
        var start = new ProcessStartInfo("node", [cli]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["FAUXQS_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["FAUXQS_LOGGER"] = "false";
        process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        using var http = new HttpClient();
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                await http.GetAsync(Url);
                return true;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "the private SQS emulator answers");
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
