using Commerce.Catalog.Application.Reviews;
using FluentValidation;

namespace Commerce.Catalog.Application.EditReview;

internal sealed class EditReviewValidator : AbstractValidator<EditReview>
{
    public EditReviewValidator() => Include(new ReviewContentValidator<EditReview>());
}
