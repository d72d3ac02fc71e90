using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Reviews;

namespace Commerce.Catalog.Application.Reviews;

/// <summary>The steps editing, hiding and deleting share: hold the product's reviews, find the review, decide, append.</summary>
internal sealed class ReviewChange(IReviewRepository reviews)
{
    /// <param name="owner">Whose review it must be; null for staff (anyone's). Another customer's review is not found, as if it did not exist.</param>
    public async Task<Review> DecideAsync(Guid productId, Guid reviewId, string? owner, Func<Review, IReviewEvent> decide, CancellationToken cancellationToken)
    {
        await reviews.LockProductAsync(productId, cancellationToken);
        var review = await reviews.FindAsync(productId, reviewId, cancellationToken);
        if (review is null || review.IsDeleted || (owner is not null && review.UserName != owner))
        {
            throw new NotFoundException("Review", reviewId);
        }

        var decided = decide(review);
        reviews.Append(decided);
        review.When(decided);
        return review;
    }
}
