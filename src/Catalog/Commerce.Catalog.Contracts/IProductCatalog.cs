namespace Commerce.Catalog.Contracts;

/// <summary>
/// What other contexts may read of the catalog: a product's current name and price. Baskets and checkout price
/// lines with it, so a client can never set its own price.
/// </summary>
public interface IProductCatalog
{
    Task<CatalogProduct?> FindAsync(Guid productId, CancellationToken cancellationToken);

    /// <returns>The products that exist, keyed by id; unknown ids are simply absent.</returns>
    Task<IReadOnlyDictionary<Guid, CatalogProduct>> FindManyAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);
}
