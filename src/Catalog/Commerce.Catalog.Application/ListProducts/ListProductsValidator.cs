using Commerce.BuildingBlocks.Application.Paging;
using FluentValidation;

namespace Commerce.Catalog.Application.ListProducts;

internal sealed class ListProductsValidator : AbstractValidator<ListProducts>
{
    public ListProductsValidator()
    {
        Include(new PageValidator<ListProducts>());
        Include(new ProductListFilterValidator<ListProducts>());
    }
}
