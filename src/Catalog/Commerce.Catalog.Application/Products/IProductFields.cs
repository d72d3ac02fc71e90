namespace Commerce.Catalog.Application.Products;

/// <summary>The writable fields of a product, as create and full update take them from a client.</summary>
public interface IProductFields
{
    string? Sku { get; }

    string? Name { get; }

    string? Description { get; }

    string? Category { get; }

    decimal? Price { get; }

    string? Currency { get; }

    string? ImageFile { get; }
}
