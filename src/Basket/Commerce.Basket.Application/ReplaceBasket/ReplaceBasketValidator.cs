using Commerce.Basket.Domain.Baskets;
using Commerce.BuildingBlocks.Application.Validation;
using FluentValidation;

namespace Commerce.Basket.Application.ReplaceBasket;

internal sealed class ReplaceBasketValidator : AbstractValidator<ReplaceBasket>
{
    public ReplaceBasketValidator()
    {
        RuleFor(x => x.UserName).ValidUserName();
        RuleFor(x => x.Items).NotNull();
        RuleFor(x => x.Items!.Count).LessThanOrEqualTo(ShoppingBasket.MaxLines).When(x => x.Items is not null).OverridePropertyName("items");
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.ProductId).NotNull().NotEqual(Guid.Empty);
            item.RuleFor(i => i.Quantity).NotNull().InclusiveBetween(1, ShoppingBasket.MaxQuantity);
            item.RuleFor(i => i.Color).MaximumLength(ShoppingBasket.MaxColorLength).OneLine();
        });
        RuleFor(x => x.Items)
            .Must(items => items!.Where(i => i.ProductId is not null).GroupBy(i => i.ProductId).All(g => g.Count() == 1))
            .When(x => x.Items is not null)
            .WithMessage("Each product may appear once; give its total quantity.");
    }
}
