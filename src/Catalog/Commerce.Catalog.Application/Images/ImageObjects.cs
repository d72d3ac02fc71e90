namespace Commerce.Catalog.Application.Images;

/// <summary>
/// The store's keys of an image, from its product's and its own id only: every step that writes or deletes them
/// again (a retry, a redelivery) touches the same objects.
/// </summary>
public static class ImageObjects
{
    /// <summary>Where the client's upload URL writes. It stays writable until the URL expires, so nothing is served from it.</summary>
    public static string Upload(Guid productId, Guid imageId) => $"{Folder(productId, imageId)}/upload";

    /// <summary>The original shoppers are served: the very bytes the processor checked, copied from the upload.</summary>
    public static string Original(Guid productId, Guid imageId) => $"{Folder(productId, imageId)}/original";

    public static string Thumbnail(Guid productId, Guid imageId) => $"{Folder(productId, imageId)}/thumbnail.webp";

    public static string Medium(Guid productId, Guid imageId) => $"{Folder(productId, imageId)}/medium.webp";

    public static IReadOnlyList<string> All(Guid productId, Guid imageId) =>
        [Upload(productId, imageId), Original(productId, imageId), Thumbnail(productId, imageId), Medium(productId, imageId)];

    private static string Folder(Guid productId, Guid imageId) => $"products/{productId:N}/{imageId:N}";
}
