namespace Commerce.BuildingBlocks.Application.Idempotency;

/// <summary>Remembers responses by key, in the same transaction as the command's own changes.</summary>
public interface IIdempotencyStore
{
    Task<StoredResponse?> FindAsync(string id, CancellationToken cancellationToken);

    /// <param name="replacesExpired">True when an expired response with the same id is being replaced.</param>
    void Save(StoredResponse response, bool replacesExpired);
}

public sealed record StoredResponse(string Id, string FingerprintHash, string ResponseJson, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
