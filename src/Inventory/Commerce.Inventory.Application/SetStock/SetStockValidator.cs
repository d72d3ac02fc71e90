using Commerce.Inventory.Domain.Stock;
using FluentValidation;

namespace Commerce.Inventory.Application.SetStock;

internal sealed class SetStockValidator : AbstractValidator<SetStock>
{
    public SetStockValidator()
    {
        RuleFor(x => x.OnHand).NotNull().InclusiveBetween(0, StockItem.MaxQuantity);
        RuleFor(x => x.LowStockThreshold).InclusiveBetween(0, StockItem.MaxQuantity);
    }
}
