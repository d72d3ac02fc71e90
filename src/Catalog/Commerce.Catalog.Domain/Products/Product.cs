using Commerce.BuildingBlocks.Domain;
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

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>1 when created, one more with every change: the product's ETag.</summary>
    public long Version { get; private set; }

    public ProductDetails Details => ProductDetails.Create(Sku, Name, Description, Category, Price, ImageFile);

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
        UpdatedAt = now;
    }
}
