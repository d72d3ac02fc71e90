using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.ListOrders;
using FluentValidation;

namespace Commerce.Ordering.Application.ListOrdersByCursor;

internal sealed class ListOrdersByCursorValidator : AbstractValidator<ListOrdersByCursor>
{
    public ListOrdersByCursorValidator()
    {
        Include(new CursorValidator<ListOrdersByCursor>());
        Include(new OrderListFilterValidator<ListOrdersByCursor>());
    }
}
