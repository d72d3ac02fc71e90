using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Domain.Orders;
using FluentValidation;

namespace Commerce.Ordering.Application.ListOrders;

/// <summary>What narrows the order list, however it is paged.</summary>
public interface IOrderListFilter
{
    string? UserName { get; }

    string? Status { get; }

    DateTimeOffset? PlacedFrom { get; }

    DateTimeOffset? PlacedTo { get; }
}

internal sealed class OrderListFilterValidator<T> : AbstractValidator<T>
    where T : IOrderListFilter
{
    public OrderListFilterValidator()
    {
        RuleFor(x => x.UserName).MaximumLength(UserName.MaxLength);
        RuleFor(x => x.Status).IsEnumName(typeof(OrderStatus), caseSensitive: false).When(x => x.Status is not null);
        RuleFor(x => x.PlacedTo).GreaterThanOrEqualTo(x => x.PlacedFrom).When(x => x.PlacedFrom is not null && x.PlacedTo is not null);
    }
}
