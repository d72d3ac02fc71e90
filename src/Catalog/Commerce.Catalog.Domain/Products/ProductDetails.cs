using System.Text.RegularExpressions;
using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Domain.Images;

namespace Commerce.Catalog.Domain.Products;

/// <summary>
/// Everything about a product that a merchant writes, normalized and checked. The only way to build one is
/// <see cref="Create"/>, so a product can never hold an invalid description of itself.
/// </summary>
public sealed partial record ProductDetails
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxCategoryLength = 100;
    public const int MaxImageFileLength = ImageRules.MaxFileNameLength;

    private ProductDetails(string sku, string name, string description, string category, Money price, string? imageFile)
    {
        Sku = sku;
        Name = name;
        Description = description;
        Category = category;
        Price = price;
        ImageFile = imageFile;
    }

    /// <summary>Upper case letters, digits and dashes, 3 to 64 characters, e.g. <c>PHONE-IPX-64</c>.</summary>
    public string Sku { get; }

    public string Name { get; }

    public string Description { get; }

    public string Category { get; }

    public Money Price { get; }

    /// <summary>A bare file name (no folders): the storefront resolves it against its image store.</summary>
    public string? ImageFile { get; }

    public static ProductDetails Create(string? sku, string? name, string? description, string? category, Money price, string? imageFile)
    {
        var normalizedSku = sku?.Trim().ToUpperInvariant() ?? string.Empty;
        if (!SkuPattern().IsMatch(normalizedSku))
        {
            throw new InvalidValueException("invalid_sku", "The SKU must be 3 to 64 letters, digits or dashes, starting with a letter or digit.");
        }

        var image = string.IsNullOrWhiteSpace(imageFile) ? null : imageFile.Trim();
        if (image is not null && !ImageRules.IsFileName(image))
        {
            throw new InvalidValueException("invalid_image_file", "The image file must be a plain file name such as 'phone-x.png'.");
        }

        ArgumentNullException.ThrowIfNull(price);
        return new ProductDetails(
            normalizedSku,
            OneLineText.Required(name, "name", MaxNameLength),
            Optional(description, "description", MaxDescriptionLength),
            OneLineText.Required(category, "category", MaxCategoryLength),
            price,
            image);
    }

    /// <summary>Free text that may break lines (a description): only its length is bounded.</summary>
    private static string Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new InvalidValueException($"{field}_too_long", $"The {field} must be at most {maxLength} characters.");
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{2,63}$")]
    private static partial Regex SkuPattern();
}
