using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Commerce.Catalog.Application.Ports;

namespace Commerce.Catalog.Infrastructure.Images;

internal sealed class S3ProductImageStore(IAmazonS3 s3, ImageStoreOptions options) : IProductImageStore
{
    private readonly Uri publicBase = options.PublicBase();

    public Uri PresignUpload(string key, string contentType, DateTimeOffset expiresAt) =>
        new(s3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = options.Bucket,
            Key = key,
            Verb = HttpVerb.PUT,
            ContentType = contentType,
            Expires = expiresAt.UtcDateTime,
            Protocol = string.IsNullOrWhiteSpace(options.ServiceUrl) || options.ServiceUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
                ? Protocol.HTTPS
                : Protocol.HTTP,
        }));

    public async Task<long?> SizeOfAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var head = await s3.GetObjectMetadataAsync(options.Bucket, key, cancellationToken);
            return head.ContentLength;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<byte[]?> ReadAsync(string key, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            // One byte past the limit tells a too large object from one exactly at it, without reading the rest.
            using var response = await s3.GetObjectAsync(
                new GetObjectRequest { BucketName = options.Bucket, Key = key, ByteRange = new ByteRange(0, maxBytes) }, cancellationToken);
            using var content = new MemoryStream();
            await response.ResponseStream.CopyToAsync(content, cancellationToken);
            return content.ToArray();
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task PutAsync(string key, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(content, writable: false);
        await s3.PutObjectAsync(
            new PutObjectRequest { BucketName = options.Bucket, Key = key, InputStream = body, ContentType = contentType, AutoCloseStream = false },
            cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        // One by one: a missing key is no error for DeleteObject, and the batch call is not on every S3-compatible store.
        foreach (var key in keys)
        {
            await s3.DeleteObjectAsync(options.Bucket, key, cancellationToken);
        }
    }

    public Uri PublicUrl(string key) => new(publicBase, key);
}
