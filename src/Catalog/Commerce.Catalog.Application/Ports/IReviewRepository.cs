using Commerce.Catalog.Domain.Reviews;

namespace Commerce.Catalog.Application.Ports;

/// <summary>Reviews (one event stream each) and the deliveries that entitle customers to write them.</summary>
public interface IReviewRepository
{
    /// <summary>
    /// Holds the product's reviews until this unit of work ends: two writes about one product's reviews run one after
    /// the other, so a customer cannot review twice at once and the product's tally never loses a count.
    /// </summary>
    Task LockProductAsync(Guid productId, CancellationToken cancellationToken);

    Task<Review?> FindAsync(Guid productId, Guid reviewId, CancellationToken cancellationToken);

    Task<bool> HasReviewedAsync(Guid productId, string userName, CancellationToken cancellationToken);

    Task<DeliveredPurchase?> FindPurchaseAsync(Guid productId, string userName, CancellationToken cancellationToken);

    void Start(ReviewWritten written);

    void Append(IReviewEvent reviewEvent);

    /// <summary>Stores the purchase; a redelivered message or another order of the product leaves still one.</summary>
    void Record(DeliveredPurchase purchase);
}
