using System.Text.Json.Serialization;
using Commerce.BuildingBlocks.Api.Errors;
using Commerce.BuildingBlocks.Infrastructure.Health;
using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Host;
using Scalar.AspNetCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// preserveStaticLogger: each host logs through its own logger, never the process-wide static one (several hosts
// share a process in the API tests, and a static logger would send one host's events to another's sinks).
builder.Host.UseSerilog((context, services, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext(), preserveStaticLogger: true);

builder.Services.AddCommerceProblemDetails();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddCommercePersistence(builder.Configuration);
builder.Services.AddCommerceMessaging(builder.Configuration);
builder.Services.AddDependencyHealthChecks(builder.Configuration);
builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Commerce API";
    document.Info.Description = "Catalog, baskets, checkout and orders. Errors are RFC 7807 problem details with a stable `code`.";
    return Task.CompletedTask;
}));

var modules = ContextModules.Enabled(builder.Configuration);
foreach (var module in modules)
{
    module.AddServices(builder.Services, builder.Configuration);
}

var app = builder.Build();

app.UseCommerceProblemDetails();
app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());

app.MapOpenApi();
app.MapScalarApiReference(options => options.WithTitle("Commerce API"));
app.MapGet("/", () => Results.Redirect("/scalar/v1")).ExcludeFromDescription();
app.MapHealthEndpoints();
foreach (var module in modules)
{
    module.MapEndpoints(app);
}

await app.RunAsync();

/// <summary>Entry point; public so API tests can host it with WebApplicationFactory.</summary>
public partial class Program;
