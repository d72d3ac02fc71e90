using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Availability;
using Marten;

namespace Commerce.Catalog.Infrastructure.Availability;

internal sealed class MartenAvailabilityRepository(IDocumentSession session) : IAvailabilityRepository
{
    public async Task<ProductAvailability?> LockAsync(Guid productId, CancellationToken cancellationToken)
    {
        // Advisory: the first two messages about a product find no row to lock.
        await session.HoldUntilCommitAsync($"catalog-availability:{productId}", cancellationToken);
        return await session.LoadAsync<ProductAvailability>(productId, cancellationToken);
    }

    public void Save(ProductAvailability availability) => session.Store(availability);
}
