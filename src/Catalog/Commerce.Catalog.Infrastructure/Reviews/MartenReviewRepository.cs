using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Reviews;
using Marten;

namespace Commerce.Catalog.Infrastructure.Reviews;

internal sealed class MartenReviewRepository(IDocumentSession session) : IReviewRepository
{
    public async Task LockProductAsync(Guid productId, CancellationToken cancellationToken)
    {
        // Advisory: it holds before the product's first review or tally exists.
        await session.HoldUntilCommitAsync($"catalog-reviews:{productId}", cancellationToken);
    }

    public async Task<Review?> FindAsync(Guid productId, Guid reviewId, CancellationToken cancellationToken) =>
        await session.LoadAsync<Review>(reviewId, cancellationToken) is { } review && review.ProductId == productId ? review : null;

    public Task<bool> HasReviewedAsync(Guid productId, string userName, CancellationToken cancellationToken) =>
        session.Query<Review>().AnyAsync(r => r.ProductId == productId && r.UserName == userName && !r.IsDeleted, cancellationToken);

    public Task<DeliveredPurchase?> FindPurchaseAsync(Guid productId, string userName, CancellationToken cancellationToken) =>
        session.LoadAsync<DeliveredPurchase>(DeliveredPurchase.IdOf(productId, userName), cancellationToken);

    public void Start(ReviewWritten written)
    {
        ArgumentNullException.ThrowIfNull(written);
        session.Events.StartStream<Review>(written.ReviewId, written);
    }

    public void Append(IReviewEvent reviewEvent)
    {
        ArgumentNullException.ThrowIfNull(reviewEvent);
        session.Events.Append(reviewEvent.ReviewId, reviewEvent);
    }

    public void Record(DeliveredPurchase purchase) => session.Store(purchase);
}
