using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.Application.Ports;

/// <summary>Loads and stores products; changes are committed by the unit of work at the end of a command.</summary>
public interface IProductRepository
{
    Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Product>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<bool> IsSkuTakenAsync(string sku, Guid? exceptProductId, CancellationToken cancellationToken);

    void Add(Product product);

    void Update(Product product);

    void Remove(Product product);
}
