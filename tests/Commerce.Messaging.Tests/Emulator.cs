using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.SQS;
using Commerce.BuildingBlocks.Infrastructure.Sqs;
using Microsoft.Extensions.Logging.Abstractions;

namespace Commerce.Messaging.Tests;

/// <summary>
/// The SQS endpoint the tests talk to, always on loopback: the shared emulator that build/infra.sh starts, or
/// (<see cref="PrivateEmulator"/>) one of the test's own that it can stop and start again.
/// </summary>
internal static class Emulator
{
    public const string SharedUrl = "http://127.0.0.1:4566";

    public static SqsOptions Options(string serviceUrl = SharedUrl, int maxReceiveCount = 2, int visibility = 30, int wait = 1) => new()
    {
        ServiceUrl = serviceUrl,
        AccessKey = "test",
        SecretKey = "test",
        AutoProvisionQueues = true,
        MaxReceiveCount = maxReceiveCount,
        VisibilityTimeoutSeconds = visibility,
        WaitTimeSeconds = wait,
        ListenerParallelism = 4,
    };

    /// <summary>A queue name no other test uses.</summary>
    public static string NewQueue() => SqsQueueName.For("test-", Guid.NewGuid().ToString("N")[..16]);

    public static (IAmazonSQS Sqs, SqsQueues Queues, SqsSender Sender, SqsListener Listener) Connect(SqsOptions options, IAmazonSQS? sqs = null)
    {
        sqs ??= SqsRegistration.CreateClient(options);
        var queues = new SqsQueues(sqs, options);
        return (sqs, queues, new SqsSender(sqs, queues), new SqsListener(sqs, queues, options, NullLogger<SqsListener>.Instance));
    }
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
        var cli = Path.Combine(RepositoryRoot(), "build", "sqs", "node_modules", "fauxqs", "dist", "cli.js");
        var start = new ProcessStartInfo("node", [cli]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["FAUXQS_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["FAUXQS_LOGGER"] = "false";
        process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await http.GetAsync(Url);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("The private SQS emulator did not answer.");
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

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Commerce.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Commerce.sln not found above the test binaries.");
    }
}
