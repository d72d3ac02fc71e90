using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.Catalog.Application.StartImageUpload;

/// <summary>A merchant is about to upload a picture of the product: an image waiting for its original, and where to PUT it.</summary>
public sealed record StartImageUpload(Guid ProductId, string? FileName, string? ContentType) : ICommand<ImageUploadTicket>;

/// <param name="UploadUrl">PUT the original here, with the same Content-Type, before <paramref name="ExpiresAt"/>.</param>
public sealed record ImageUploadTicket(Guid ImageId, Uri UploadUrl, DateTimeOffset ExpiresAt);
