using Commerce.BuildingBlocks.Application;
using System.Runtime.InteropServices;
using Commerce.Host;

var builder = WebApplication.CreateBuilder(args);

if (args is ["token", ..])
{
    return DevelopmentTokenCommand.Run(args, builder.Configuration, builder.Environment);
}

if (args is ["migrate", ..])
{
    return await MigrateCommand.RunAsync(builder.Configuration);
}

// A configuration to fix is not a crash: one block naming every setting, no stack trace, exit 78 (EX_CONFIG). Left
// to propagate, so a host run in-process (the API tests) sees the refusal itself.
AppDomain.CurrentDomain.UnhandledException += (_, unhandled) =>
{
    if (unhandled.ExceptionObject is SettingsRefusedException or SettingRefusedException)
    {
        Console.Error.WriteLine(((Exception)unhandled.ExceptionObject).Message);
        Environment.Exit(78);
    }
};

var app = CommerceApplication.Build(builder);

// Until the host has started, a stop ends the process at once: a start waiting for PostgreSQL or SQS would otherwise
// hold it until their timeouts, and nothing is lost by it (no request is taken yet; a message being handled is
// redelivered, its effects rolled back with its transaction).
using var stopDuringStart = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ =>
{
    if (!app.Lifetime.ApplicationStarted.IsCancellationRequested)
    {
        Console.Error.WriteLine("Stopped (SIGTERM) before its start finished.");
        Environment.Exit(143);
    }
});

await app.RunAsync();
return 0;

/// <summary>Entry point; public so API tests can host it with WebApplicationFactory.</summary>
public partial class Program;
