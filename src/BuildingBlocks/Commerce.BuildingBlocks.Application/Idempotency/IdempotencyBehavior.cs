using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Domain;
using MediatR;

namespace Commerce.BuildingBlocks.Application.Idempotency;

/// <summary>
/// Replays the first response of an <see cref="IIdempotentCommand"/> retried with the same key, and refuses the
/// key with another payload. It runs inside the unit of work, so the stored response commits with the command's
/// changes or not at all: a replayed response always describes something that happened.
/// </summary>
public sealed class IdempotencyBehavior<TRequest, TResponse>(IIdempotencyStore store, IdempotencyOptions options, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IIdempotentCommand
{
    public const int MaxKeyLength = 200;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request.IdempotencyKey is not { } key)
        {
            return await next();
        }

        if (key.Length is 0 or > MaxKeyLength || key.Any(char.IsControl))
        {
            throw new InvalidInputException("Idempotency-Key", "invalid_idempotency_key", $"The Idempotency-Key must be 1 to {MaxKeyLength} printable characters.");
        }

        var id = $"{typeof(TRequest).Name}:{request.IdempotencyScope}:{key}";
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.Fingerprint())));
        var now = clock.GetUtcNow();
        var stored = await store.FindAsync(id, cancellationToken);
        if (stored is not null && stored.ExpiresAt > now)
        {
            return stored.FingerprintHash == fingerprint
                ? JsonSerializer.Deserialize<TResponse>(stored.ResponseJson)!
                : throw new DomainException("idempotency_key_reused", "This Idempotency-Key was already used with a different request.");
        }

        TResponse response;
        try
        {
            response = await next();
        }
        catch (DomainException) when (stored is null)
        {
            // A racing request with this key may have committed while this one ran, its changes being why this one
            // was refused (the basket it emptied, say): then the caller is told to retry, and the retry replays that answer.
            if (await store.FindAsync(id, cancellationToken) is not null)
            {
                throw new ConflictException("idempotency_key_in_use", "A request with this Idempotency-Key has just completed; retry to get its response.");
            }

            throw;
        }

        store.Save(new StoredResponse(id, fingerprint, JsonSerializer.Serialize(response), now, now + options.KeyLifetime), replacesExpired: stored is not null);
        return response;
    }
}
