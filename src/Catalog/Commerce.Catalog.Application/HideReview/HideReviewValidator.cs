using Commerce.BuildingBlocks.Application.Validation;
using Commerce.Catalog.Domain.Reviews;
using FluentValidation;

namespace Commerce.Catalog.Application.HideReview;

internal sealed class HideReviewValidator : AbstractValidator<HideReview>
{
    public HideReviewValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(Review.MaxHideReasonLength).OneLine();
}
