using Commerce.BuildingBlocks.Application.Messaging;
using Marten;
using Wolverine;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Publishes through the scope's message context, the one the scope's Marten session is enrolled with
/// (<see cref="MessagingRegistration"/>): events are stored in the use case's transaction and sent only after the
/// commit.
/// </summary>
internal sealed class MartenOutboxIntegrationEvents : IIntegrationEvents
{
    private readonly IMessageBus bus;

    /// <remarks>
    /// The session is asked for so that it exists, enrolled, before anything is published: a context not yet in a
    /// transaction would send at once instead of at the commit.
    /// </remarks>
    public MartenOutboxIntegrationEvents(IDocumentSession session, IMessageBus bus)
    {
        ArgumentNullException.ThrowIfNull(session);
        this.bus = bus;
    }

    public async Task PublishAsync(object integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        await bus.PublishAsync(integrationEvent);
    }
}
