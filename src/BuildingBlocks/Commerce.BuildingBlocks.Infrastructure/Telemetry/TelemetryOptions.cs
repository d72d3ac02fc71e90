namespace Commerce.BuildingBlocks.Infrastructure.Telemetry;

public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    public string ServiceName { get; set; } = "commerce";

    /// <summary>OTLP collector address (e.g. http://127.0.0.1:4317); empty exports nothing.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> or <c>HttpProtobuf</c>.</summary>
    public string OtlpProtocol { get; set; } = "Grpc";

    /// <summary>How often outbox and dead-letter depths are sampled.</summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);
}
