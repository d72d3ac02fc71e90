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

    /// <summary>Null: none (create, replace) or unchanged (change).</summary>
    IReadOnlyList<string?>? Tags { get; }

    /// <summary>Null: none (create, replace) or unchanged (change).</summary>
    IReadOnlyList<SpecificationField>? Specifications { get; }
}

/// <summary>A specification line as a client sends it.</summary>
public sealed record SpecificationField(string? Name, string? Value);
