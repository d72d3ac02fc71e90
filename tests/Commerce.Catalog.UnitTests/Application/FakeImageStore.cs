using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Ports;

namespace Commerce.Catalog.UnitTests.Application;

/// <summary>An image store in memory, recording what was written and deleted.</summary>
internal sealed class FakeImageStore : IProductImageStore
{
    public Dictionary<string, (byte[] Content, string ContentType)> Objects { get; } = [];

    public List<string> Deleted { get; } = [];

    public Uri PresignUpload(string key, string contentType, DateTimeOffset expiresAt) =>
        new($"https://store.test/upload/{key}?expires={expiresAt.ToUnixTimeSeconds()}");

    public Task<long?> SizeOfAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(Objects.TryGetValue(key, out var o) ? (long?)o.Content.LongLength : null);

    public Task<byte[]?> ReadAsync(string key, long maxBytes, CancellationToken cancellationToken) =>
        Task.FromResult(Objects.TryGetValue(key, out var o) ? o.Content.Take((int)Math.Min(maxBytes + 1, o.Content.Length)).ToArray() : null);

    public Task PutAsync(string key, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        Objects[key] = (content, contentType);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            Objects.Remove(key);
            Deleted.Add(key);
        }

        return Task.CompletedTask;
    }

    public Uri PublicUrl(string key) => new($"https://cdn.test/{key}");
}

internal sealed class RecordedEvents : IIntegrationEvents
{
    public List<object> Published { get; } = [];

    public Task PublishAsync(object integrationEvent, CancellationToken cancellationToken)
    {
        Published.Add(integrationEvent);
        return Task.CompletedTask;
    }
}
