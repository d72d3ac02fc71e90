using Commerce.Catalog.Domain.Reviews;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Commerce.Catalog.Infrastructure.Reviews;

/// <summary>
/// A product's <see cref="ProductRating"/> from the events of all its reviews, inline. Writes about one product's
/// reviews hold its lock (MartenReviewRepository), so two commits never tally from the same old count.
/// </summary>
internal sealed class ProductRatingProjection : MultiStreamProjection<ProductRating, Guid>
{
    public ProductRatingProjection() => Identity<IReviewEvent>(e => e.ProductId);

    public override ProductRating? Evolve(ProductRating? snapshot, Guid id, IEvent e)
    {
        var rating = snapshot ?? ProductRating.For(id);
        if (e.Data is IReviewEvent reviewEvent)
        {
            rating.Count(reviewEvent);
        }

        return rating;
    }
}
