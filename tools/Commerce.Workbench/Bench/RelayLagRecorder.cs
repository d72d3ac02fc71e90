using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Commerce.BuildingBlocks.Application.Diagnostics;

namespace Commerce.Workbench.Bench;

/// <summary>Keeps every relay-lag measurement the host records, so the driver can read their percentiles.</summary>
internal sealed class RelayLagRecorder : IDisposable
{
    private readonly MeterListener listener = new();

    public ConcurrentQueue<double> Milliseconds { get; private set; } = new();

    public void Start()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CommerceDiagnostics.Name && instrument.Name == "commerce.outbox.relay_lag")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => Milliseconds.Enqueue(value));
        listener.Start();
    }

    public double[] TakeAll()
    {
        var taken = Milliseconds;
        Milliseconds = new ConcurrentQueue<double>();
        return [.. taken];
    }

    public void Dispose() => listener.Dispose();
}
