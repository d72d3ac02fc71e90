using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.ListProducts;
using Commerce.Catalog.Domain.Products;
using FluentValidation;

namespace Commerce.Catalog.Application.ListProductsByCursor;

internal sealed class ListProductsByCursorValidator : AbstractValidator<ListProductsByCursor>
{
    /// <summary>Far longer than any cursor this list gives out (a sort, a name of at most 200 characters, an id).</summary>
    public const int MaxCursorLength = 1024;

    public ListProductsByCursorValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, PageRequest.MaxPageSize);
        RuleFor(x => x.Cursor).MaximumLength(MaxCursorLength);
        RuleFor(x => x.MinPrice).GreaterThanOrEqualTo(0);
        RuleFor(x => x.MaxPrice).GreaterThanOrEqualTo(x => x.MinPrice ?? 0);
        RuleFor(x => x.Search).MaximumLength(ListProductsValidator.MaxSearchLength);
        RuleFor(x => x.Category).MaximumLength(ListProductsValidator.MaxCategoryLength);
        RuleFor(x => x.Tag).MaximumLength(ProductDetails.MaxTagLength);
        RuleFor(x => x.Sort).Must(ProductSorts.IsKnown).WithMessage($"Sort must be one of: {ProductSorts.Names}.");
    }
}
