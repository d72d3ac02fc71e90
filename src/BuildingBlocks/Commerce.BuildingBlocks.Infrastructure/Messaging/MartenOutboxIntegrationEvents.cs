using Commerce.BuildingBlocks.Application.Messaging;
using Marten;
using Wolverine.Marten;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Our use cases run in MediatR handlers, which Wolverine's automatic transactions do not cover: the request's
/// Marten session is enrolled in Wolverine's outbox here, so events are stored in its transaction and sent only
/// after the commit.
/// </summary>
internal sealed class MartenOutboxIntegrationEvents : IIntegrationEvents
{
    private readonly IMartenOutbox outbox;

    public MartenOutboxIntegrationEvents(IDocumentSession session, IMartenOutbox outbox)
    {
        this.outbox = outbox;
        outbox.Enroll(session);
    }

    public async Task PublishAsync(object integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        await outbox.PublishAsync(integrationEvent);
    }
}
