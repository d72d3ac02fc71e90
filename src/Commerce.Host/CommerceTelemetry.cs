using Commerce.BuildingBlocks.Application.Diagnostics;
using Commerce.BuildingBlocks.Infrastructure.Caching;
using Commerce.BuildingBlocks.Infrastructure.Telemetry;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Commerce.Host;

/// <summary>
/// OpenTelemetry: one trace from the HTTP request through the use case, PostgreSQL, Wolverine's outbox and SQS into the
/// consuming handler; metrics for requests, events, the outbox and dead letters. Exported over OTLP only when
/// <c>Telemetry:OtlpEndpoint</c> is set.
/// </summary>
internal static class CommerceTelemetry
{
    public static IServiceCollection AddCommerceTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(CommerceDiagnostics.Name, "Wolverine")
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(CommerceDiagnostics.Name, "Wolverine*", "Npgsql", CachingRegistration.MeterName) // Wolverine's meter is "Wolverine:<service name>"
                .AddAspNetCoreInstrumentation());
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            telemetry.UseOtlpExporter(
                Enum.Parse<OtlpExportProtocol>(options.OtlpProtocol, ignoreCase: true), new Uri(options.OtlpEndpoint));
        }

        return services;
    }
}
