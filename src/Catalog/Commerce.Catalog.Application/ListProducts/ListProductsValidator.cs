using Commerce.BuildingBlocks.Application.Paging;
using FluentValidation;

namespace Commerce.Catalog.Application.ListProducts;

internal sealed class ListProductsValidator : AbstractValidator<ListProducts>
{
    public ListProductsValidator()
    {
        Include(new PageValidator<ListProducts>());
        RuleFor(x => x.MinPrice).GreaterThanOrEqualTo(0);
        RuleFor(x => x.MaxPrice).GreaterThanOrEqualTo(x => x.MinPrice ?? 0);
        RuleFor(x => x.Search).MaximumLength(200);
        RuleFor(x => x.Category).MaximumLength(100);
        RuleFor(x => x.Sort).Must(ProductSorts.IsKnown).WithMessage($"Sort must be one of: {ProductSorts.Names}.");
    }
}
