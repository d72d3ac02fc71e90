using Commerce.BuildingBlocks.Application;

namespace Commerce.Catalog.Infrastructure.Images;

/// <summary>
/// The S3 bucket product images live in (section <c>Catalog:Images</c>). <see cref="ServiceUrl"/> set: an
/// S3-compatible endpoint spoken to path-style (the local emulator); empty: Amazon S3 in <see cref="Region"/>.
/// </summary>
public sealed class ImageStoreOptions
{
    public string? ServiceUrl { get; init; }

    public string Region { get; init; } = "us-east-1";

    /// <summary>Empty: the SDK's default credentials (instance role, environment, profile).</summary>
    public string? AccessKey { get; init; }

    public string? SecretKey { get; init; }

    public string Bucket { get; init; } = "commerce-images";

    /// <summary>
    /// Where browsers read the objects: a CDN in front of the bucket in production. Empty means the bucket's own
    /// address, which only an endpoint of <see cref="ServiceUrl"/> gives without asking (Amazon S3 must be named).
    /// </summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>Creates the bucket at start when missing (local and test hosts); production buckets are provisioned with their policy.</summary>
    public bool CreateBucket { get; init; }

    public Uri PublicBase()
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl))
        {
            return Uri.TryCreate(PublicBaseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var configured)
                ? configured
                : throw new SettingRefusedException($"Catalog:Images:PublicBaseUrl '{PublicBaseUrl}' is not an absolute URL.");
        }

        if (string.IsNullOrWhiteSpace(ServiceUrl))
        {
            throw new SettingRefusedException(
                "Catalog:Images:PublicBaseUrl is not set: name where browsers read product images (your CDN, or the bucket's https address).");
        }

        return new Uri($"{ServiceUrl.TrimEnd('/')}/{Bucket}/");
    }
}
