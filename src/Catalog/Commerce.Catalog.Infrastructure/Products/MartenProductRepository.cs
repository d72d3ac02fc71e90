using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Products;
using Marten;

namespace Commerce.Catalog.Infrastructure.Products;

internal sealed class MartenProductRepository(IDocumentSession session) : IProductRepository
{
    public Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        session.LoadAsync<Product>(id, cancellationToken);

    public async Task<IReadOnlyList<Product>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await session.LoadManyAsync<Product>(cancellationToken, ids);

    public Task<bool> IsSkuTakenAsync(string sku, Guid? exceptProductId, CancellationToken cancellationToken) =>
        exceptProductId is { } except
            ? session.Query<Product>().AnyAsync(p => p.Sku == sku && p.Id != except, cancellationToken)
            : session.Query<Product>().AnyAsync(p => p.Sku == sku, cancellationToken);

    public void Add(Product product) => session.Insert(product);

    public void Update(Product product) => session.Update(product);

    public void Remove(Product product) => session.Delete(product);
}
