using System.Diagnostics;
using System.Globalization;

namespace Commerce.Workbench.Bench;

/// <summary>wrk (C, event loop): a fixed number of open connections, each sending its next request as soon as the last is answered.</summary>
internal static class Wrk
{
    public static async Task<Throughput> GetAsync(Uri baseAddress, string pathFormat, string valuesFile, int connections, TimeSpan duration, string? bearer = null)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t2", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "--timeout", "5s", "-s", Path.Combine(AppContext.BaseDirectory, "Bench", "wrk-random.lua"), baseAddress.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["WRK_PATH"] = pathFormat;
        start.Environment["WRK_VALUES"] = valuesFile;
        start.Environment["WRK_BEARER"] = bearer ?? string.Empty;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var result = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result: {output}{errors}");
        var f = result.Split(' ')[1..].Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var seconds = f[1] / 1e6;
        return new Throughput(f[0] / seconds, new Driving.Percentiles((int)f[0], f[2] / 1000.0, f[3] / 1000.0, f[4] / 1000.0, f[5] / 1000.0), f[6] + f[7]);
    }
}

/// <param name="PerSecond">Successful operations per second.</param>
/// <param name="LatencyMs">Latency percentiles, in milliseconds.</param>
/// <param name="Errors">Non-2xx answers and socket errors.</param>
internal sealed record Throughput(double PerSecond, Driving.Percentiles LatencyMs, long Errors);
