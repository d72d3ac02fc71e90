using Commerce.BuildingBlocks.Application;
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

await CommerceApplication.Build(builder).RunAsync();
return 0;

/// <summary>Entry point; public so API tests can host it with WebApplicationFactory.</summary>
public partial class Program;
