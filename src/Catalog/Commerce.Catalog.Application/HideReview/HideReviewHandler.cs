using Commerce.Catalog.Application.Reviews;
using MediatR;

namespace Commerce.Catalog.Application.HideReview;

internal sealed class HideReviewHandler(ReviewChange change, TimeProvider clock) : IRequestHandler<HideReview, ReviewDto>
{
    public async Task<ReviewDto> Handle(HideReview request, CancellationToken cancellationToken) =>
        ReviewDto.From(await change.DecideAsync(
            request.ProductId, request.ReviewId, owner: null, review => review.Hide(request.Reason, clock.GetUtcNow()), cancellationToken));
}
