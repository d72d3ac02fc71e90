using Commerce.Catalog.Domain.Products;
using FluentValidation;

namespace Commerce.Catalog.Application.ListProducts;

/// <summary>What narrows and orders the product list, however it is paged.</summary>
public interface IProductListFilter
{
    string? Category { get; }

    decimal? MinPrice { get; }

    decimal? MaxPrice { get; }

    string? Search { get; }

    string? Sort { get; }

    string? Tag { get; }
}

internal sealed class ProductListFilterValidator<T> : AbstractValidator<T>
    where T : IProductListFilter
{
    public const int MaxSearchLength = 200;

    public ProductListFilterValidator()
    {
        RuleFor(x => x.MinPrice).GreaterThanOrEqualTo(0);
        RuleFor(x => x.MaxPrice).GreaterThanOrEqualTo(x => x.MinPrice ?? 0);
        RuleFor(x => x.Search).MaximumLength(MaxSearchLength);
        RuleFor(x => x.Category).MaximumLength(ProductDetails.MaxCategoryLength);
        RuleFor(x => x.Tag).MaximumLength(ProductDetails.MaxTagLength);
        RuleFor(x => x.Sort).Must(CatalogSorts.Products.IsKnown).WithMessage($"Sort must be one of: {CatalogSorts.Products.Names}.");
    }
}
