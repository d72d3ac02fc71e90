using Commerce.BuildingBlocks.Application.Messaging;
using Marten;
using Wolverine;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Publishes and schedules through the scope's message context, the one the scope's Marten session is enrolled with
/// (<see cref="MessagingRegistration"/>): events and scheduled messages are stored in the use case's transaction;
/// events are sent only after the commit, scheduled messages handled once due, by whichever node is up.
/// </summary>
internal sealed class WolverineOutbox : IIntegrationEvents, IScheduledMessages
{
    private readonly IMessageBus bus;

    /// <remarks>
    /// The session is asked for so that it exists, enrolled, before anything is published: a context not yet in a
    /// transaction would send at once instead of at the commit.
    /// </remarks>
    public WolverineOutbox(IDocumentSession session, IMessageBus bus)
    {
        ArgumentNullException.ThrowIfNull(session);
        this.bus = bus;
    }

    public async Task PublishAsync(object integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        await bus.PublishAsync(integrationEvent);
    }

    public async Task ScheduleAsync(object message, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await bus.ScheduleAsync(message, dueAt);
    }
}
