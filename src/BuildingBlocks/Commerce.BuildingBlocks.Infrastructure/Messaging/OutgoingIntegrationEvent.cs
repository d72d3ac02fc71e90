namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// An integration event on its way out, as Wolverine's outbox stores it: already serialized, so the relay sends
/// exactly the JSON that was committed, whatever type it came from.
/// </summary>
/// <param name="PublishedAt">When the use case published it (its transaction commits right after): the relay's lag starts here.</param>
public sealed record OutgoingIntegrationEvent(Guid Id, string Type, string Body, string? CorrelationId, string? TraceParent, DateTimeOffset? PublishedAt = null);
