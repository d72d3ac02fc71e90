using Commerce.Catalog.Application.Products;

namespace Commerce.Catalog.Application.Ports;

/// <summary>Products' ratings and stock, kept beside the products by their own events.</summary>
public interface IProductStandings
{
    /// <returns>The standing of each product that has one, read in one round trip.</returns>
    Task<IReadOnlyDictionary<Guid, ProductStanding>> OfAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);
}
