namespace Commerce.Catalog.Contracts;

/// <summary>An image's original is in the store: the processor checks and renders it (on whichever node listens).</summary>
public sealed record ProductImageUploaded(Guid ProductId, Guid ImageId);

/// <summary>An image (or its whole product) was deleted: its objects in the store go too.</summary>
public sealed record ProductImageDiscarded(Guid ProductId, Guid ImageId);
