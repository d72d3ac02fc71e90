using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.Application.Products;

/// <summary>The steps full and partial updates share: load, keep the SKU unique, update, store if changed.</summary>
internal sealed class ProductRevision(IProductRepository products, ProductMapping mapping)
{
    public async Task<ProductDto> ReviseAsync(
        Guid id,
        Func<ProductDetails, ProductDetails> revise,
        long? expectedVersion,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var product = await FindCurrentAsync(id, expectedVersion, cancellationToken);
        var details = revise(product.Details);
        if (details.Sku != product.Sku && await products.IsSkuTakenAsync(details.Sku, product.Id, cancellationToken))
        {
            throw ProductFieldsExtensions.SkuTaken(details.Sku);
        }

        if (product.Update(details, now))
        {
            products.Update(product);
        }

        return await mapping.ToDtoAsync(product, cancellationToken);
    }

    /// <summary>The product, if it is still at the version the client read (If-Match); null expects any version.</summary>
    public async Task<Product> FindCurrentAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var product = await products.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Product", id);
        return expectedVersion is null || expectedVersion == product.Version
            ? product
            : throw new PreconditionFailedException(expectedVersion.Value, product.Version);
    }
}
