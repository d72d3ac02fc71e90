using Commerce.Inventory.Domain.Stock;
using FluentValidation;

namespace Commerce.Inventory.Application.AdjustStock;

internal sealed class AdjustStockValidator : AbstractValidator<AdjustStock>
{
    public AdjustStockValidator() =>
        RuleFor(x => x.Delta).NotNull().NotEqual(0).InclusiveBetween(-StockItem.MaxQuantity, StockItem.MaxQuantity);
}
