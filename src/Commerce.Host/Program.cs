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

await CommerceApplication.Build(builder).RunAsync();
return 0;

/// <summary>Entry point; public so API tests can host it with WebApplicationFactory.</summary>
public partial class Program;
