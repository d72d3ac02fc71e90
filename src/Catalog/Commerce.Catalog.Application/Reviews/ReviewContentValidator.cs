using Commerce.BuildingBlocks.Application.Validation;
using Commerce.Catalog.Domain.Reviews;
using FluentValidation;

namespace Commerce.Catalog.Application.Reviews;

/// <summary>What writing and editing a review share: the domain's bounds, told for every field at once.</summary>
public interface IReviewContentFields
{
    int? Rating { get; }

    string? Title { get; }

    string? Text { get; }
}

internal sealed class ReviewContentValidator<T> : AbstractValidator<T>
    where T : IReviewContentFields
{
    public ReviewContentValidator()
    {
        RuleFor(x => x.Rating).NotNull().InclusiveBetween(ReviewContent.MinRating, ReviewContent.MaxRating);
        RuleFor(x => x.Title).NotEmpty().MaximumLength(ReviewContent.MaxTitleLength).OneLine();
        RuleFor(x => x.Text).MaximumLength(ReviewContent.MaxTextLength);
    }
}
