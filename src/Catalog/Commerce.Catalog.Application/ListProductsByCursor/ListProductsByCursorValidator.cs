using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.ListProducts;
using FluentValidation;

namespace Commerce.Catalog.Application.ListProductsByCursor;

internal sealed class ListProductsByCursorValidator : AbstractValidator<ListProductsByCursor>
{
    public ListProductsByCursorValidator()
    {
        Include(new CursorValidator<ListProductsByCursor>());
        Include(new ProductListFilterValidator<ListProductsByCursor>());
    }
}
