namespace Commerce.BuildingBlocks.Application.Messaging;

/// <summary>
/// Publishes events other contexts consume. A published event is stored with the command's own changes and sent
/// only once they commit: it is never lost after a commit, and never sent for work that rolled back.
/// </summary>
public interface IIntegrationEvents
{
    /// <param name="integrationEvent">A contract record; its type name is the message type on the wire.</param>
    Task PublishAsync(object integrationEvent, CancellationToken cancellationToken);
}
