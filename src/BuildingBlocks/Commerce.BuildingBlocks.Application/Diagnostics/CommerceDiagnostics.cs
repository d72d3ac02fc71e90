using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Commerce.BuildingBlocks.Application.Diagnostics;

/// <summary>
/// The app's own trace source and meter, both named <see cref="Name"/>: use cases and the messaging gauges report
/// here; OpenTelemetry (configured by the host) listens to it along with ASP.NET Core, Npgsql and Wolverine (whose
/// spans and counters cover every message sent, received and handled).
/// </summary>
public static class CommerceDiagnostics
{
    public const string Name = "Commerce";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);
}
