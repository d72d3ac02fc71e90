namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// An integration event on its way out, as Wolverine's outbox stores it: already serialized, so the relay sends
/// exactly the JSON that was committed, whatever type it came from.
/// </summary>
public sealed record OutgoingIntegrationEvent(Guid Id, string Type, string Body, string? CorrelationId, string? TraceParent);
