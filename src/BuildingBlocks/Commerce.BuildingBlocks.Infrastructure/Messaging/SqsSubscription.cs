namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>A consuming context's queue and the integration events (by type name) it receives.</summary>
public sealed record SqsSubscription(string Queue, IReadOnlyCollection<string> EventTypes);
