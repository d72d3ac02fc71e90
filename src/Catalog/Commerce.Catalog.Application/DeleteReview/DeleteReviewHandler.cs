using Commerce.Catalog.Application.Reviews;
using MediatR;

namespace Commerce.Catalog.Application.DeleteReview;

internal sealed class DeleteReviewHandler(ReviewChange change, TimeProvider clock) : IRequestHandler<DeleteReview, Unit>
{
    public async Task<Unit> Handle(DeleteReview request, CancellationToken cancellationToken)
    {
        await change.DecideAsync(request.ProductId, request.ReviewId, request.LimitedTo, review => review.Delete(clock.GetUtcNow()), cancellationToken);
        return Unit.Value;
    }
}
