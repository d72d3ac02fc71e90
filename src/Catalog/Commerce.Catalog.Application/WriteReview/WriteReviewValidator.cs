using Commerce.Catalog.Application.Reviews;
using FluentValidation;

namespace Commerce.Catalog.Application.WriteReview;

internal sealed class WriteReviewValidator : AbstractValidator<WriteReview>
{
    public WriteReviewValidator() => Include(new ReviewContentValidator<WriteReview>());
}
