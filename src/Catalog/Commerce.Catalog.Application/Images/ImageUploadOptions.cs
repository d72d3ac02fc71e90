namespace Commerce.Catalog.Application.Images;

public sealed class ImageUploadOptions
{
    public const string Section = "Catalog:Images";

    /// <summary>How long a presigned upload URL works: long enough for a slow connection, short enough that a leaked one soon expires.</summary>
    public TimeSpan UploadUrlLifetime { get; init; } = TimeSpan.FromMinutes(15);
}
