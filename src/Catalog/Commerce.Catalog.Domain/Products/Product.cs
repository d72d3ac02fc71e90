using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Domain.Images;

namespace Commerce.Catalog.Domain.Products;

/// <summary>A product the shop sells. Its details are only ever replaced as a whole, already checked.</summary>
public sealed class Product
{
    private Product()
    {
    }

    public Guid Id { get; private set; }

    public string Sku { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public string Category { get; private set; } = string.Empty;

    public Money Price { get; private set; } = null!;

    public string? ImageFile { get; private set; }

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public IReadOnlyList<ProductSpecification> Specifications { get; private set; } = [];

    /// <summary>In the order the storefront shows them; the first Ready one is the product's picture.</summary>
    public IReadOnlyList<ProductImage> Images { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>1 when created, one more with every change: the product's ETag.</summary>
    public long Version { get; private set; }

    public ProductDetails Details => ProductDetails.Create(Sku, Name, Description, Category, Price, ImageFile, Tags, Specifications);

    public static Product Create(Guid id, ProductDetails details, DateTimeOffset now)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A product needs an id.", nameof(id));
        }

        var product = new Product { Id = id, CreatedAt = now, Version = 1 };
        product.Apply(details, now);
        return product;
    }

    /// <returns>Whether anything changed; an identical update keeps <see cref="UpdatedAt"/>.</returns>
    public bool Update(ProductDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details == Details)
        {
            return false;
        }

        Apply(details, now);
        Version++;
        return true;
    }

    private void Apply(ProductDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        Sku = details.Sku;
        Name = details.Name;
        Description = details.Description;
        Category = details.Category;
        Price = details.Price;
        ImageFile = details.ImageFile;
        Tags = details.Tags;
        Specifications = details.Specifications;
        UpdatedAt = now;
    }

    /// <summary>An image the merchant is about to upload: it waits for the upload until <see cref="StartProcessing"/>.</summary>
    public ProductImage AddImage(Guid imageId, string? fileName, string? contentType, DateTimeOffset now)
    {
        var name = fileName?.Trim();
        if (!ImageRules.IsFileName(name))
        {
            throw new InvalidValueException("invalid_image_file_name", "The file name must be a plain file name such as 'phone-x.png'.");
        }

        if (contentType is null || !ImageRules.ContentTypes.Contains(contentType))
        {
            throw new InvalidValueException("unsupported_image_type", $"An image must be one of {string.Join(", ", ImageRules.ContentTypes)}.");
        }

        if (Images.Count >= ImageRules.MaxImagesPerProduct)
        {
            throw new DomainException("too_many_images", $"A product has at most {ImageRules.MaxImagesPerProduct} images; delete one first.");
        }

        var image = new ProductImage(imageId, name!, contentType, ProductImageStatus.AwaitingUpload, now);
        Images = [.. Images, image];
        Touch(now);
        return image;
    }

    /// <summary>The upload is done: the image goes to the processor, or fails at once when it is too large to read.</summary>
    /// <returns>Whether the image changed; completing it again changes nothing.</returns>
    public bool StartProcessing(Guid imageId, long uploadedBytes, DateTimeOffset now)
    {
        var image = Image(imageId);
        if (image.Status != ProductImageStatus.AwaitingUpload)
        {
            return false;
        }

        Replace(uploadedBytes > ImageRules.MaxUploadBytes
            ? image with { Status = ProductImageStatus.Failed, FailureReason = ImageRules.Failures.TooLarge }
            : image with { Status = ProductImageStatus.Processing }, now);
        return true;
    }

    /// <returns>Whether the image was waiting for the processor; one that was deleted or already decided is left alone.</returns>
    public bool MarkImageReady(Guid imageId, int width, int height, DateTimeOffset now) =>
        Decide(imageId, image => image with { Status = ProductImageStatus.Ready, Width = width, Height = height }, now);

    /// <returns>Whether the image was waiting for the processor.</returns>
    public bool MarkImageFailed(Guid imageId, string reason, DateTimeOffset now) =>
        Decide(imageId, image => image with { Status = ProductImageStatus.Failed, FailureReason = reason }, now);

    public bool IsProcessing(Guid imageId) => Images.Any(i => i.Id == imageId && i.Status == ProductImageStatus.Processing);

    /// <summary>Shows the images in <paramref name="order"/>, which must name each of them once.</summary>
    public void ReorderImages(IReadOnlyList<Guid> order, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Count != Images.Count || order.Distinct().Count() != order.Count || order.Any(id => Images.All(i => i.Id != id)))
        {
            throw new InvalidValueException("invalid_image_order", "The order must name each of the product's images exactly once.");
        }

        if (order.SequenceEqual(Images.Select(i => i.Id)))
        {
            return;
        }

        Images = [.. order.Select(Image)];
        Touch(now);
    }

    public ProductImage RemoveImage(Guid imageId, DateTimeOffset now)
    {
        var image = Image(imageId);
        Images = [.. Images.Where(i => i.Id != imageId)];
        Touch(now);
        return image;
    }

    public ProductImage Image(Guid imageId) => Images.FirstOrDefault(i => i.Id == imageId) ?? throw new NotFoundException("Image", imageId);

    private bool Decide(Guid imageId, Func<ProductImage, ProductImage> decide, DateTimeOffset now)
    {
        if (!IsProcessing(imageId))
        {
            return false;
        }

        Replace(decide(Image(imageId)), now);
        return true;
    }

    private void Replace(ProductImage image, DateTimeOffset now)
    {
        Images = [.. Images.Select(i => i.Id == image.Id ? image : i)];
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
