namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>The inbox: one row per message a consumer has handled, keyed by queue and message id.</summary>
public sealed record HandledMessage(string Id, string MessageType, DateTimeOffset HandledAt);
