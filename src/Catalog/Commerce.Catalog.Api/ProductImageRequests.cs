namespace Commerce.Catalog.Api;

/// <param name="ContentType">image/jpeg, image/png or image/webp: the PUT to the upload URL must send the same.</param>
/// <param name="FileName">The merchant's name for the file, e.g. <c>phone-front.png</c>.</param>
public sealed record ImageUploadRequest(string? ContentType, string? FileName);

/// <param name="UploadUrl">PUT the file here (with the same Content-Type) before <paramref name="ExpiresAt"/>, then complete the upload.</param>
public sealed record ImageUploadResponse(Guid ImageId, Uri UploadUrl, DateTimeOffset ExpiresAt);

/// <param name="ImageIds">Every image of the product, once each, in the order to show them.</param>
public sealed record ImageOrderRequest(IReadOnlyList<Guid>? ImageIds);
