namespace Commerce.Catalog.Contracts;

public sealed record CatalogProduct(Guid ProductId, string Sku, string Name, decimal UnitPrice, string Currency);
