using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Commerce.BuildingBlocks.Application.Diagnostics;

/// <summary>
/// The app's own trace source and meter, both named <see cref="Name"/>: use cases, the outbox relay and SQS consumers
/// report here; OpenTelemetry (configured by the host) listens to it along with ASP.NET Core, Npgsql and Wolverine.
/// </summary>
public static class CommerceDiagnostics
{
    public const string Name = "Commerce";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>
    /// Integration events relayed to SQS, tagged <c>event.type</c>: orders placed, confirmed, cancelled,
    /// reservations failed… are <c>OrderPlaced</c>, <c>OrderConfirmed</c>, <c>OrderCancelled</c>, <c>StockReservationFailed</c>.
    /// Counted once relayed, so only committed facts count.
    /// </summary>
    public static readonly Counter<long> EventsRelayed = Meter.CreateCounter<long>(
        "commerce.events.relayed", "{event}", "Integration events committed and relayed to SQS, by event.type.");

    /// <summary>From an event's commit to its relay to SQS.</summary>
    public static readonly Histogram<double> RelayLag = Meter.CreateHistogram<double>(
        "commerce.outbox.relay_lag", "ms", "Time from an integration event's commit to its send to SQS.");

    public static readonly Counter<long> MessagesConsumed = Meter.CreateCounter<long>(
        "commerce.messages.consumed", "{message}", "SQS messages handled by a consumer, by queue, event.type and outcome.");
}
