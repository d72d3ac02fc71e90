using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.UnitTests.Application;

/// <summary>A repository fake that records what the handler asked to store.</summary>
internal sealed class InMemoryProducts : IProductRepository
{
    public Dictionary<Guid, Product> Stored { get; } = [];

    public List<string> Writes { get; } = [];

    public Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.GetValueOrDefault(id));

    public Task<IReadOnlyList<Product>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Product>>([.. ids.Where(Stored.ContainsKey).Select(id => Stored[id])]);

    public Task<bool> IsSkuTakenAsync(string sku, Guid? exceptProductId, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.Values.Any(p => p.Sku == sku && p.Id != exceptProductId));

    public void Add(Product product)
    {
        Stored.Add(product.Id, product);
        Writes.Add($"add {product.Sku}");
    }

    public void Update(Product product) => Writes.Add($"update {product.Sku}");

    public void Remove(Product product)
    {
        Stored.Remove(product.Id);
        Writes.Add($"remove {product.Sku}");
    }

    public Product Seed(string sku, string name = "Phone", decimal price = 10m)
    {
        var product = Product.Create(Guid.NewGuid(), ProductDetails.Create(sku, name, "desc", "Phones", new Money(price, "USD"), "a.png"), DateTimeOffset.UnixEpoch);
        Stored.Add(product.Id, product);
        return product;
    }
}
