namespace Commerce.BuildingBlocks.Application.Messaging;

/// <summary>
/// Reacts to another context's integration event: a thin adapter that sends the use case through MediatR. Wolverine
/// runs it (as the handler stuck to the context's queue) after storing the message in its durable inbox, so a
/// redelivered message is recognised by its id; the use case itself stays correct when events come late or twice.
/// </summary>
public interface IIntegrationEventConsumer<in TEvent>
{
    Task ConsumeAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
