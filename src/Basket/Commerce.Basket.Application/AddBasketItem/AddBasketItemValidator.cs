using Commerce.Basket.Domain.Baskets;
using Commerce.BuildingBlocks.Application.Validation;
using FluentValidation;

namespace Commerce.Basket.Application.AddBasketItem;

internal sealed class AddBasketItemValidator : AbstractValidator<AddBasketItem>
{
    public AddBasketItemValidator()
    {
        RuleFor(x => x.ProductId).NotNull().NotEqual(Guid.Empty);
        RuleFor(x => x.Quantity).NotNull().InclusiveBetween(1, ShoppingBasket.MaxQuantity);
        RuleFor(x => x.Color).MaximumLength(ShoppingBasket.MaxColorLength).OneLine();
    }
}
