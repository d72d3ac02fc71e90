namespace Commerce.BuildingBlocks.Application;

/// <summary>
/// The system clock at PostgreSQL's precision (microseconds). A time the API returns can then be sent back as a
/// filter bound and match itself exactly: with .NET's 100 ns ticks, the database would round the stored value and
/// <c>placedTo = order.PlacedAt</c> could miss that very order.
/// </summary>
public sealed class MicrosecondClock(TimeProvider inner) : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = inner.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();
}
