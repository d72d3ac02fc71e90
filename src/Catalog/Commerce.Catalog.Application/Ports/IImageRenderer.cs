namespace Commerce.Catalog.Application.Ports;

/// <summary>Checks an uploaded original by its content and renders the sizes the storefront shows.</summary>
public interface IImageRenderer
{
    ImageRendering Render(byte[] original, string declaredContentType);
}

/// <summary>Either the renditions, or the failure code (<see cref="Domain.Images.ImageRules.Failures"/>) saying why there are none.</summary>
public sealed record ImageRendering(int Width, int Height, Rendition? Thumbnail, Rendition? Medium, string? Failure)
{
    public static ImageRendering Failed(string failure) => new(0, 0, null, null, failure);
}

public sealed record Rendition(byte[] Content, string ContentType, int Width, int Height);
