using Commerce.BuildingBlocks.Application.Paging;
using FluentValidation;

namespace Commerce.Ordering.Application.ListOrders;

internal sealed class ListOrdersValidator : AbstractValidator<ListOrders>
{
    public ListOrdersValidator()
    {
        Include(new PageValidator<ListOrders>());
        Include(new OrderListFilterValidator<ListOrders>());
    }
}
