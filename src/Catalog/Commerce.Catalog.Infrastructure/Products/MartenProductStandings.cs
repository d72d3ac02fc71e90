using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using Commerce.Catalog.Domain.Availability;
using Commerce.Catalog.Domain.Reviews;
using Marten;

namespace Commerce.Catalog.Infrastructure.Products;

internal sealed class MartenProductStandings(IQuerySession session) : IProductStandings
{
    public async Task<IReadOnlyDictionary<Guid, ProductStanding>> OfAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        if (productIds.Count == 0)
        {
            return new Dictionary<Guid, ProductStanding>();
        }

        var ids = productIds.ToArray();
        var batch = session.CreateBatchQuery();
        var ratings = batch.LoadMany<ProductRating>().ById(ids);
        var stock = batch.LoadMany<ProductAvailability>().ById(ids);
        await batch.Execute(cancellationToken);
        var ratingOf = (await ratings).ToDictionary(r => r.Id);
        var stockOf = (await stock).ToDictionary(a => a.Id);
        return ids.Distinct().ToDictionary(id => id, id => new ProductStanding(ratingOf.GetValueOrDefault(id), stockOf.GetValueOrDefault(id)));
    }
}
