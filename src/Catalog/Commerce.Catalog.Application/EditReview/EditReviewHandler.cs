using Commerce.Catalog.Application.Reviews;
using Commerce.Catalog.Domain.Reviews;
using MediatR;

namespace Commerce.Catalog.Application.EditReview;

internal sealed class EditReviewHandler(ReviewChange change, TimeProvider clock) : IRequestHandler<EditReview, ReviewDto>
{
    public async Task<ReviewDto> Handle(EditReview request, CancellationToken cancellationToken)
    {
        var content = ReviewContent.Create(request.Rating!.Value, request.Title, request.Text);
        return ReviewDto.From(await change.DecideAsync(
            request.ProductId, request.ReviewId, request.UserName, review => review.Edit(content, clock.GetUtcNow()), cancellationToken));
    }
}
