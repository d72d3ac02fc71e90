using System.Diagnostics;

namespace Commerce.Workbench.Driving;

/// <summary>A host in a process of its own, as in production: started, waited for, stopped, or killed outright.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly ProcessStartInfo start;
    private readonly Uri baseAddress;
    private readonly StreamWriter log;
    private Process? process;

    private HostProcess(ProcessStartInfo start, Uri baseAddress, string logFile)
    {
        this.start = start;
        this.baseAddress = baseAddress;
        Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
        log = new StreamWriter(logFile, append: true) { AutoFlush = true };
    }

    public static HostProcess For(string dll, IEnumerable<string> arguments, Deployment deployment, string logFile)
    {
        // The content root is the current directory: the built host's appsettings.json sits beside its dll.
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in deployment.Environment())
        {
            start.Environment[key] = value;
        }

        return new HostProcess(start, deployment.BaseAddress, logFile);
    }

    public int Starts { get; private set; }

    /// <summary>CPU the running host has used so far (user and system, all threads).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            var running = process ?? throw new InvalidOperationException("The host is not running.");
            running.Refresh();
            return running.TotalProcessorTime;
        }
    }

    public async Task StartAsync(TimeSpan? readyWithin = null)
    {
        process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        Starts++;
        process.OutputDataReceived += (_, line) => Write(line.Data);
        process.ErrorDataReceived += (_, line) => Write(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitReadyAsync(readyWithin ?? TimeSpan.FromMinutes(2));
    }

    /// <summary>SIGKILL: no shutdown hook runs, nothing is flushed; what was committed is all that survives.</summary>
    public void Kill()
    {
        process?.Kill();
        process?.WaitForExit();
    }

    public async Task StopAsync()
    {
        if (process is not { HasExited: false })
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process?.Dispose();
        await log.DisposeAsync();
    }

    private async Task WaitReadyAsync(TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} while starting; see its log.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The host at {baseAddress} was not ready within {within}.");
    }

    private void Write(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
