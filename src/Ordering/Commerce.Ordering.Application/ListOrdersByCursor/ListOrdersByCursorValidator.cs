using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Domain.Orders;
using FluentValidation;

namespace Commerce.Ordering.Application.ListOrdersByCursor;

internal sealed class ListOrdersByCursorValidator : AbstractValidator<ListOrdersByCursor>
{
    public ListOrdersByCursorValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, PageRequest.MaxPageSize);
        RuleFor(x => x.Cursor).MaximumLength(CursorText.MaxLength);
        RuleFor(x => x.UserName).MaximumLength(UserName.MaxLength);
        RuleFor(x => x.Status).IsEnumName(typeof(OrderStatus), caseSensitive: false).When(x => x.Status is not null);
        RuleFor(x => x.PlacedTo).GreaterThanOrEqualTo(x => x.PlacedFrom).When(x => x.PlacedFrom is not null && x.PlacedTo is not null);
    }
}
