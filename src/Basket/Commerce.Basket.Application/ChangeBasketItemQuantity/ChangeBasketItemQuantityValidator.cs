using Commerce.Basket.Domain.Baskets;
using FluentValidation;

namespace Commerce.Basket.Application.ChangeBasketItemQuantity;

internal sealed class ChangeBasketItemQuantityValidator : AbstractValidator<ChangeBasketItemQuantity>
{
    public ChangeBasketItemQuantityValidator() =>
        RuleFor(x => x.Quantity).NotNull().InclusiveBetween(1, ShoppingBasket.MaxQuantity);
}
