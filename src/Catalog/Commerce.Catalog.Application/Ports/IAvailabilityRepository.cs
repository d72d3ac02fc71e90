using Commerce.Catalog.Domain.Availability;

namespace Commerce.Catalog.Application.Ports;

/// <summary>The catalog's copies of Inventory's stock levels.</summary>
public interface IAvailabilityRepository
{
    /// <summary>
    /// Loads the product's availability and holds it until this unit of work ends, also before it exists: two messages
    /// about one product are applied one after the other, each against the other's result.
    /// </summary>
    Task<ProductAvailability?> LockAsync(Guid productId, CancellationToken cancellationToken);

    void Save(ProductAvailability availability);
}
