using Commerce.Host;

var builder = WebApplication.CreateBuilder(args);

if (args is ["token", ..])
{
    return DevelopmentTokenCommand.Run(args, builder.Configuration, builder.Environment);
}

await CommerceApplication.Build(builder).RunAsync();
return 0;

/// <summary>Entry point; public so API tests can host it with WebApplicationFactory.</summary>
public partial class Program;
