using Commerce.Catalog.Domain.Reviews;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Commerce.Catalog.Infrastructure.Reviews;

/// <summary>
/// Keeps each <see cref="Review"/> as a document, inline (in the transaction that appends its events), so reviews are
/// listed and sorted by query. The domain decides how each event moves a review; this only hands the events over.
/// </summary>
internal sealed class ReviewAggregation : SingleStreamProjection<Review, Guid>
{
    public override Review? Evolve(Review? snapshot, Guid id, IEvent e) => e.Data switch
    {
        ReviewWritten written => Review.From(written),
        IReviewEvent later when snapshot is not null => Moved(snapshot, later),
        _ => snapshot,
    };

    private static Review Moved(Review review, IReviewEvent reviewEvent)
    {
        review.When(reviewEvent);
        return review;
    }
}
