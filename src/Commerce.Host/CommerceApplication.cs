using System.Text.Json.Serialization;
using Commerce.BuildingBlocks.Api.Compatibility;
using Commerce.BuildingBlocks.Api.Errors;
using Commerce.BuildingBlocks.Api.Http;
using Commerce.BuildingBlocks.Api.Operations;
using Commerce.BuildingBlocks.Api.RateLimiting;
using Commerce.BuildingBlocks.Api.Security;
using Commerce.BuildingBlocks.Infrastructure.Caching;
using Commerce.BuildingBlocks.Infrastructure.Health;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.BuildingBlocks.Application;
using Serilog;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace Commerce.Host;

/// <summary>
/// The whole application: services, middleware and every enabled module's routes. Program runs it; the benchmark
/// host (tools/Commerce.Workbench) runs the very same one with its baseline endpoints beside it.
/// </summary>
public static class CommerceApplication
{
    private const string DevelopmentLogLine = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {TraceId}{NewLine}{Exception}";

    /// <summary>The settings that name where the host listens (environment variables with ASPNETCORE_, --urls, Urls).</summary>
    private static readonly string[] AddressSettings = ["urls", "http_ports", "https_ports"];

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // preserveStaticLogger: each host logs through its own logger, never the process-wide static one (several hosts
        // share a process in the API tests, and a static logger would send one host's events to another's sinks).
        builder.Host.UseSerilog((context, services, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            // One JSON object a line (Serilog's compact format, trace and span ids included) wherever a platform
            // collects the logs; lines for people in Development.
            .WriteTo.Console(context.HostingEnvironment.IsDevelopment() ? new MessageTemplateTextFormatter(DevelopmentLogLine) : new CompactJsonFormatter()),
            preserveStaticLogger: true);

        // Each setting the host refuses is gathered, not thrown at once: an operator learns them all from one start.
        var refusals = new List<string>();
        void Checked(Action register)
        {
            try
            {
                register();
            }
            catch (SettingRefusedException refused)
            {
                refusals.Add(refused.Message);
            }
        }

        // The local address only where nothing else names one: ASPNETCORE_URLS, --urls, Urls and the container images'
        // ASPNETCORE_HTTP_PORTS all win over it (as a setting in appsettings.json it won over them, and a host in a
        // container listened on loopback only).
        if (AddressSettings.All(key => string.IsNullOrEmpty(builder.Configuration[key])))
        {
            builder.WebHost.UseUrls(builder.Configuration["Http:LocalUrls"] ?? "http://127.0.0.1:5080");
        }

        var maxBodyBytes = builder.Configuration.GetValue("Http:MaxRequestBodyBytes", RequestBodyLimit.DefaultMaxBytes);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBodyBytes);
        builder.Services.AddCommerceProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        IReadOnlyList<ContextModule> modules = [];
        Checked(() => modules = ContextModules.Enabled(builder.Configuration));
        var ownIssuer = modules.Any(m => m.Name == "Users");
        Checked(() => builder.Services.AddCommerceSecurity(builder.Configuration, ownIssuer));
        Checked(() => builder.Services.AddForwardedClient(builder.Configuration));
        Checked(() => builder.Services.AddBrowserOrigins(builder.Configuration));
        builder.Services.AddCommerceRateLimiting(builder.Configuration);
        Checked(() => builder.Services.AddCommercePersistence(builder.Configuration));
        builder.Services.AddCommerceMessaging(builder.Configuration);
        Checked(() => builder.Services.AddCommerceCaching(builder.Configuration));
        builder.Services.AddCommerceTelemetry(builder.Configuration);
        builder.Services.AddDependencyHealthChecks(builder.Configuration);
        var compatibility = builder.Configuration.GetSection(CompatibilityOptions.Section).Get<CompatibilityOptions>() ?? new CompatibilityOptions();
        Checked(compatibility.EnsureValid);
        builder.Services.AddSingleton(compatibility);

        builder.Services.AddCommerceOpenApi(ownIssuer);
        foreach (var module in modules)
        {
            Checked(() => module.AddServices(builder.Services, builder.Configuration));
        }

        if (refusals.Count > 0)
        {
            throw new SettingsRefusedException(refusals);
        }

        if (builder.Configuration.GetValue<bool>("Catalog:SeedSampleData") && modules.Any(m => m.Name == "Catalog") && modules.Any(m => m.Name == "Inventory"))
        {
            builder.Services.AddHostedService<SampleStock>();
        }

        // The topology is the whole system's: events reach every subscribed queue, whichever modules run here.
        foreach (var module in ContextModules.All)
        {
            foreach (var subscription in module.Subscriptions ?? [])
            {
                builder.Services.AddSingleton(modules.Contains(module) ? subscription : subscription.RoutedElsewhere());
            }
        }

        var app = builder.Build();
        if (compatibility is { Enabled: true, AllowAnonymous: true })
        {
            app.Logger.LogWarning(
                "Compatibility:AllowAnonymous is on: the old shop's routes take no token, so anyone can change products, baskets and prices, check out as anyone and read every order's name, email and address");
        }

        app.UseForwardedClient();
        // Outside the problem details: it logs the status the client got, not the exception that became a 4xx.
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseCommerceProblemDetails();
        app.UseRequestBodyLimit(maxBodyBytes);
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = "docs";
            ui.DocumentTitle = "Commerce API";
            ui.SwaggerEndpoint("/openapi/v1.json", "Commerce API v1");
            ui.DisplayRequestDuration();
            if (ownIssuer)
            {
                ui.OAuthClientId(CommerceOpenApi.PageClientId);
                ui.OAuthScopes(CommerceOpenApi.PageScopes);
            }
        });
        app.UseBrowserOrigins();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapOpenApi();
        app.MapGet("/", () => Results.Redirect("/docs")).ExcludeFromDescription();
        app.MapHealthEndpoints();
        app.MapDeadLetterEndpoints();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevelopmentTokens();
        }

        foreach (var module in modules)
        {
            module.MapEndpoints(app);
            if (compatibility.Enabled)
            {
                module.MapCompatibilityRoutes?.Invoke(app);
            }
        }

        return app;
    }
}
