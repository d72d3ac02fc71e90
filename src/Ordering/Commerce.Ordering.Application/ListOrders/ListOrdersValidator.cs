using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Domain.Orders;
using FluentValidation;

namespace Commerce.Ordering.Application.ListOrders;

internal sealed class ListOrdersValidator : AbstractValidator<ListOrders>
{
    public ListOrdersValidator()
    {
        Include(new PageValidator<ListOrders>());
        RuleFor(x => x.UserName).MaximumLength(UserName.MaxLength);
        RuleFor(x => x.Status).IsEnumName(typeof(OrderStatus), caseSensitive: false).When(x => x.Status is not null);
        RuleFor(x => x.PlacedTo).GreaterThanOrEqualTo(x => x.PlacedFrom).When(x => x.PlacedFrom is not null && x.PlacedTo is not null);
    }
}
