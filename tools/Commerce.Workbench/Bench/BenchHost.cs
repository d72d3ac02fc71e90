using Commerce.Host;

namespace Commerce.Workbench.Bench;

/// <summary>
/// The application exactly as Program runs it, plus what only a benchmark needs beside it: the bare baseline
/// endpoints, bulk seeding, and the message times the host measured.
/// </summary>
internal static class BenchHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton<MessageTimeRecorder>();
        var app = CommerceApplication.Build(builder);
        app.MapBaselineEndpoints();
        app.MapBenchEndpoints();
        app.Services.GetRequiredService<MessageTimeRecorder>().Start();
        await app.RunAsync();
        return 0;
    }
}
