using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;

namespace Commerce.Catalog.UnitTests.Application;

internal sealed class FakeStandings : IProductStandings
{
    public Dictionary<Guid, ProductStanding> Known { get; } = [];

    public Task<IReadOnlyDictionary<Guid, ProductStanding>> OfAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, ProductStanding>>(Known.Where(k => productIds.Contains(k.Key)).ToDictionary());
}
