namespace Commerce.BuildingBlocks.Application.Idempotency;

/// <summary>
/// A command a client may safely retry: with the same key, the first response is replayed instead of the command
/// running again (<see cref="IdempotencyBehavior{TRequest,TResponse}"/>).
/// </summary>
public interface IIdempotentCommand
{
    /// <summary>The client's key (the <c>Idempotency-Key</c> header); null runs the command as usual.</summary>
    string? IdempotencyKey { get; }

    /// <summary>Whose key it is, so two clients choosing the same key never see each other's responses.</summary>
    string IdempotencyScope { get; }

    /// <summary>
    /// What identifies the request's content, to refuse the same key with another payload. Leave out secrets
    /// (card numbers): the fingerprint is hashed and stored.
    /// </summary>
    string Fingerprint();
}
