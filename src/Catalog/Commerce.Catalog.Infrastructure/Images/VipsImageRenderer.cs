using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Images;
using NetVips;

namespace Commerce.Catalog.Infrastructure.Images;

/// <summary>
/// libvips through NetVips. The original is trusted by nothing it says about itself: its first bytes must be a JPEG,
/// PNG or WebP signature matching the declared type, the header's dimensions are checked before any pixel is decoded
/// (a decompression bomb is refused by its claimed size), and decoding fails on the first warning (a truncated file is one) rather than rendering
/// half a picture. Renditions are WebP with every metadata field dropped (no location or camera data leaves the shop).
/// </summary>
internal sealed class VipsImageRenderer : IImageRenderer
{
    private const int Quality = 80;

    static VipsImageRenderer()
    {
        // Only the loaders libvips marks as fuzzed and safe for untrusted input run (no ImageMagick, PDF, SVG, …).
        NetVips.NetVips.BlockUntrusted = true;
    }

    public ImageRendering Render(byte[] original, string declaredContentType)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (original.LongLength > ImageRules.MaxUploadBytes)
        {
            return ImageRendering.Failed(ImageRules.Failures.TooLarge);
        }

        var detected = Detect(original);
        if (detected is null)
        {
            return ImageRendering.Failed(ImageRules.Failures.NotAnImage);
        }

        if (detected != declaredContentType)
        {
            return ImageRendering.Failed(ImageRules.Failures.TypeMismatch);
        }

        try
        {
            // Opening reads the header only: the claimed size is checked before any pixel is decoded.
            using var header = Image.NewFromBuffer(original, access: Enums.Access.Sequential, failOn: Enums.FailOn.Warning);
            if (header.Width > ImageRules.MaxSide || header.Height > ImageRules.MaxSide || (long)header.Width * header.Height > ImageRules.MaxPixels)
            {
                return ImageRendering.Failed(ImageRules.Failures.TooManyPixels);
            }

            // Decodes every pixel once, streaming: a damaged file fails here instead of rendering half a picture.
            _ = header.Avg();
            return new ImageRendering(header.Width, header.Height,
                Rendition(original, ImageRules.ThumbnailSize), Rendition(original, ImageRules.MediumSize), Failure: null);
        }
        catch (VipsException)
        {
            return ImageRendering.Failed(ImageRules.Failures.Unreadable);
        }
    }

    /// <summary>Fits the image in a <paramref name="box"/> × <paramref name="box"/> square, never enlarging it.</summary>
    private static Rendition Rendition(byte[] original, int box)
    {
        using var thumbnail = Image.ThumbnailBuffer(original, box, height: box, size: Enums.Size.Down, failOn: Enums.FailOn.Error);
        var content = thumbnail.WebpsaveBuffer(q: Quality, keep: Enums.ForeignKeep.None);
        return new Rendition(content, ImageRules.WebP, thumbnail.Width, thumbnail.Height);
    }

    private static string? Detect(ReadOnlySpan<byte> content) => content switch
    {
        [0xFF, 0xD8, 0xFF, ..] => ImageRules.Jpeg,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => ImageRules.Png,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => ImageRules.WebP,
        _ => null,
    };
}
