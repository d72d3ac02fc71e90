namespace Commerce.BuildingBlocks.Application.Messaging;

/// <summary>
/// Reacts to another context's integration event. Runs in its own unit of work; the consumer records the message
/// as handled in that same transaction, so a redelivered message has no second effect.
/// </summary>
public interface IIntegrationEventConsumer<in TEvent>
{
    Task ConsumeAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
