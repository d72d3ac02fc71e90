using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Commerce.Workbench.Bench;

/// <summary>
/// Keeps every message time the host records (Wolverine's <c>wolverine-effective-time</c>: from a message's sending to
/// the end of its handling, in ms), so the driver can read their percentiles.
/// </summary>
internal sealed class MessageTimeRecorder : IDisposable
{
    private readonly MeterListener listener = new();

    public ConcurrentQueue<double> Milliseconds { get; private set; } = new();

    public void Start()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name.StartsWith("Wolverine", StringComparison.Ordinal) && instrument.Name == "wolverine-effective-time")
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
