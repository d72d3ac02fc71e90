using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.ListProducts;
using Commerce.Catalog.Domain.Products;
using FluentValidation;

namespace Commerce.Catalog.Application.ListProductsByCursor;

internal sealed class ListProductsByCursorValidator : AbstractValidator<ListProductsByCursor>
{
    public ListProductsByCursorValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, PageRequest.MaxPageSize);
        RuleFor(x => x.Cursor).MaximumLength(CursorText.MaxLength);
        RuleFor(x => x.MinPrice).GreaterThanOrEqualTo(0);
        RuleFor(x => x.MaxPrice).GreaterThanOrEqualTo(x => x.MinPrice ?? 0);
        RuleFor(x => x.Search).MaximumLength(ListProductsValidator.MaxSearchLength);
        RuleFor(x => x.Category).MaximumLength(ListProductsValidator.MaxCategoryLength);
        RuleFor(x => x.Tag).MaximumLength(ProductDetails.MaxTagLength);
        RuleFor(x => x.Sort).Must(ProductSorts.IsKnown).WithMessage($"Sort must be one of: {ProductSorts.Names}.");
    }
}
