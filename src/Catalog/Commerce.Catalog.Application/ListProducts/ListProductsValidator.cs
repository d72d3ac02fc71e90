using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Domain.Products;
using FluentValidation;

namespace Commerce.Catalog.Application.ListProducts;

internal sealed class ListProductsValidator : AbstractValidator<ListProducts>
{
    public const int MaxSearchLength = 200;
    public const int MaxCategoryLength = ProductDetails.MaxCategoryLength;

    public ListProductsValidator()
    {
        Include(new PageValidator<ListProducts>());
        RuleFor(x => x.MinPrice).GreaterThanOrEqualTo(0);
        RuleFor(x => x.MaxPrice).GreaterThanOrEqualTo(x => x.MinPrice ?? 0);
        RuleFor(x => x.Search).MaximumLength(MaxSearchLength);
        RuleFor(x => x.Category).MaximumLength(MaxCategoryLength);
        RuleFor(x => x.Tag).MaximumLength(ProductDetails.MaxTagLength);
        RuleFor(x => x.Sort).Must(ProductSorts.IsKnown).WithMessage($"Sort must be one of: {ProductSorts.Names}.");
    }
}
