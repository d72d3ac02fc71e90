using System.Diagnostics;
using System.Text.Json;
using Commerce.BuildingBlocks.Application.Messaging;
using Marten;
using Wolverine.Marten;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Our use cases run in MediatR handlers, which Wolverine's automatic transactions do not cover: the request's
/// Marten session is enrolled in Wolverine's outbox here, so events are persisted in its transaction and relayed
/// after the commit.
/// </summary>
internal sealed class MartenOutboxIntegrationEvents : IIntegrationEvents
{
    private readonly IMartenOutbox outbox;
    private readonly TimeProvider clock;

    public MartenOutboxIntegrationEvents(IDocumentSession session, IMartenOutbox outbox, TimeProvider clock)
    {
        this.outbox = outbox;
        this.clock = clock;
        outbox.Enroll(session);
    }

    public async Task PublishAsync(object integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var activity = Activity.Current;
        await outbox.PublishAsync(new OutgoingIntegrationEvent(
            Guid.CreateVersion7(),
            integrationEvent.GetType().Name,
            JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), IntegrationEventJson.Options),
            activity?.TraceId.ToString(),
            activity?.Id,
            clock.GetUtcNow()));
    }
}
