using Commerce.BuildingBlocks.Application.Idempotency;
using Marten;

namespace Commerce.BuildingBlocks.Infrastructure.Idempotency;

internal sealed class MartenIdempotencyStore(IDocumentSession session) : IIdempotencyStore
{
    public Task<StoredResponse?> FindAsync(string id, CancellationToken cancellationToken) =>
        session.LoadAsync<StoredResponse>(id, cancellationToken);

    public void Save(StoredResponse response, bool replacesExpired)
    {
        // Insert, not upsert: two requests racing with one new key cannot both commit; the loser gets a 409 and
        // its retry replays the winner's response. An expired key is deleted first rather than updated: the hourly
        // cleanup may have deleted it since it was read, and an update of a missing row fails the request.
        if (replacesExpired)
        {
            session.Delete<StoredResponse>(response.Id);
        }

        session.Insert(response);
    }
}
