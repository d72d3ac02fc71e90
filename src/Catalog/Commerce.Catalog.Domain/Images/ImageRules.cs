using System.Text.RegularExpressions;

namespace Commerce.Catalog.Domain.Images;

/// <summary>What a product image may be, read by the upload's validator, the domain and the processor alike.</summary>
public static partial class ImageRules
{
    public const int MaxFileNameLength = 255;

    public const int MaxImagesPerProduct = 20;

    /// <summary>The largest original accepted (10 MiB): the processor reads no more than this.</summary>
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>Width × height the processor decodes at most (40 megapixels): a small file claiming more is a decompression bomb.</summary>
    public const long MaxPixels = 40_000_000;

    public const int MaxSide = 12_000;

    public const int ThumbnailSize = 200;

    public const int MediumSize = 800;

    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";

    public static readonly IReadOnlyList<string> ContentTypes = [Jpeg, Png, WebP];

    /// <summary>Why an image ended <see cref="ProductImageStatus.Failed"/>: stable codes a client can act on.</summary>
    public static class Failures
    {
        public const string NotUploaded = "image_not_uploaded";
        public const string TooLarge = "image_too_large";
        public const string NotAnImage = "not_an_image";
        public const string TypeMismatch = "image_type_mismatch";
        public const string TooManyPixels = "image_too_many_pixels";
        public const string Unreadable = "image_unreadable";
    }

    /// <summary>A bare file name such as <c>phone-x.png</c>: no folders, no <c>..</c>.</summary>
    public static bool IsFileName(string? value) =>
        value is { Length: > 0 and <= MaxFileNameLength } && FileNamePattern().IsMatch(value) && !value.Contains("..", StringComparison.Ordinal);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex FileNamePattern();
}
