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
    public const int MaxTags = 20;
    public const int MaxTagLength = 40;
    public const int MaxSpecifications = 30;

    /// <summary>What a tag looks like, for the validators' messages.</summary>
    public const string TagRule = "lower-case letters, digits and dashes, 1 to 40 of them";

    private ProductDetails(
        string sku, string name, string description, string category, Money price, string? imageFile,
        IReadOnlyList<string> tags, IReadOnlyList<ProductSpecification> specifications)
    {
        Tags = tags;
        Specifications = specifications;
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

    /// <summary>Lower case, each once, in the merchant's order: what shoppers filter by (<c>waterproof</c>, <c>5g</c>).</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The specification sheet in the merchant's order, each name once (names compared ignoring case).</summary>
    public IReadOnlyList<ProductSpecification> Specifications { get; }

    public static ProductDetails Create(
        string? sku, string? name, string? description, string? category, Money price, string? imageFile,
        IEnumerable<string?>? tags = null, IEnumerable<ProductSpecification>? specifications = null)
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
            image,
            CheckTags(tags),
            CheckSpecifications(specifications));
    }

    /// <summary>A tag as the product keeps it and the list filters by it: trimmed, lower case.</summary>
    public static string? NormalizedTag(string? tag) => tag?.Trim().ToLowerInvariant();

    /// <summary>Whether <paramref name="tag"/>, once normalized, is a tag.</summary>
    public static bool IsTag(string? tag) => NormalizedTag(tag) is { Length: > 0 and <= MaxTagLength } normalized && TagPattern().IsMatch(normalized);

    /// <summary>Lists compare by their items: details read back from storage equal the ones written.</summary>
    public bool Equals(ProductDetails? other) =>
        other is not null && Sku == other.Sku && Name == other.Name && Description == other.Description && Category == other.Category
        && Price == other.Price && ImageFile == other.ImageFile && Tags.SequenceEqual(other.Tags) && Specifications.SequenceEqual(other.Specifications);

    public override int GetHashCode() => HashCode.Combine(Sku, Name, Category, Price, Tags.Count, Specifications.Count);

    private static string[] CheckTags(IEnumerable<string?>? tags)
    {
        var normalized = (tags ?? []).Select(NormalizedTag).ToArray();
        if (normalized.Any(t => !IsTag(t)))
        {
            throw new InvalidValueException("invalid_tag", $"Each tag must be {TagRule}.");
        }

        var distinct = normalized.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return distinct.Length <= MaxTags
            ? distinct
            : throw new InvalidValueException("too_many_tags", $"A product has at most {MaxTags} tags.");
    }

    private static ProductSpecification[] CheckSpecifications(IEnumerable<ProductSpecification>? specifications)
    {
        var sheet = (specifications ?? []).ToArray();
        if (sheet.Length > MaxSpecifications)
        {
            throw new InvalidValueException("too_many_specifications", $"A product has at most {MaxSpecifications} specifications.");
        }

        return sheet.DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Count() == sheet.Length
            ? sheet
            : throw new InvalidValueException("duplicate_specification", "Each specification name may appear once.");
    }

    /// <summary>Free text that may break lines (a description): only its length is bounded.</summary>
    private static string Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new InvalidValueException($"{field}_too_long", $"The {field} must be at most {maxLength} characters.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex TagPattern();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{2,63}$")]
    private static partial Regex SkuPattern();
}
