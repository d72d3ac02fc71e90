namespace Commerce.Catalog.Domain.Images;

/// <summary>
/// A picture of a product, from the presigned upload to its renditions. Its objects in the image store are named by
/// the product and image ids alone, so a retried step writes the same objects again rather than new ones.
/// </summary>
public sealed record ProductImage(
    Guid Id,
    string FileName,
    string ContentType,
    ProductImageStatus Status,
    DateTimeOffset CreatedAt,
    string? FailureReason = null,
    int? Width = null,
    int? Height = null);

public enum ProductImageStatus
{
    /// <summary>Presigned; the client has not said the upload is done.</summary>
    AwaitingUpload,

    /// <summary>Uploaded and queued for the processor.</summary>
    Processing,

    /// <summary>Checked and rendered: every rendition can be served.</summary>
    Ready,

    /// <summary>Refused by the processor; <see cref="ProductImage.FailureReason"/> says why.</summary>
    Failed,
}
