using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Contracts;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.Application.ProductCatalog;

/// <summary>The catalog as other contexts see it (<see cref="IProductCatalog"/>): current name and price only.</summary>
internal sealed class ProductCatalog(IProductRepository products) : IProductCatalog
{
    public async Task<CatalogProduct?> FindAsync(Guid productId, CancellationToken cancellationToken) =>
        await products.FindAsync(productId, cancellationToken) is { } product ? ToContract(product) : null;

    public async Task<IReadOnlyDictionary<Guid, CatalogProduct>> FindManyAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        var found = await products.FindManyAsync(productIds, cancellationToken);
        return found.ToDictionary(p => p.Id, ToContract);
    }

    private static CatalogProduct ToContract(Product product) =>
        new(product.Id, product.Sku, product.Name, product.Price.Amount, product.Price.Currency);
}
