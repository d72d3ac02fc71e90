namespace Commerce.Catalog.Application.Ports;

/// <summary>Where image objects live (S3): clients upload originals straight to it, shoppers read renditions from its public address.</summary>
public interface IProductImageStore
{
    /// <summary>A URL the client PUTs the original to, with exactly this Content-Type, until <paramref name="expiresAt"/>.</summary>
    Uri PresignUpload(string key, string contentType, DateTimeOffset expiresAt);

    /// <returns>The object's size in bytes, or null when nothing was uploaded under <paramref name="key"/>.</returns>
    Task<long?> SizeOfAsync(string key, CancellationToken cancellationToken);

    /// <returns>The object's bytes, at most <paramref name="maxBytes"/> of them; null when it is not there.</returns>
    Task<byte[]?> ReadAsync(string key, long maxBytes, CancellationToken cancellationToken);

    Task PutAsync(string key, byte[] content, string contentType, CancellationToken cancellationToken);

    /// <summary>Deletes the objects; ones already gone are no error.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Where a shopper's browser reads the object (a CDN in production).</summary>
    Uri PublicUrl(string key);
}
