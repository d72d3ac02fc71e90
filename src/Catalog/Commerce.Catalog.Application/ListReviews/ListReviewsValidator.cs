using Commerce.BuildingBlocks.Application.Paging;
using FluentValidation;

namespace Commerce.Catalog.Application.ListReviews;

internal sealed class ListReviewsValidator : AbstractValidator<ListReviews>
{
    public ListReviewsValidator()
    {
        Include(new PageValidator<ListReviews>());
        RuleFor(x => x.Sort).Must(CatalogSorts.Reviews.IsKnown).WithMessage($"Sort must be one of: {CatalogSorts.Reviews.Names}.");
    }
}
