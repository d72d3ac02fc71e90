using Commerce.BuildingBlocks.Application.Messaging;
using Marten;
using Wolverine;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Schedules through the scope's message context, as <see cref="MartenOutboxIntegrationEvents"/> publishes: the
/// message is stored by Wolverine's durable inbox in the use case's transaction and handled once due, by any node.
/// </summary>
internal sealed class WolverineScheduledMessages : IScheduledMessages
{
    private readonly IMessageBus bus;

    public WolverineScheduledMessages(IDocumentSession session, IMessageBus bus)
    {
        ArgumentNullException.ThrowIfNull(session);
        this.bus = bus;
    }

    public async Task ScheduleAsync(object message, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await bus.ScheduleAsync(message, dueAt);
    }
}
