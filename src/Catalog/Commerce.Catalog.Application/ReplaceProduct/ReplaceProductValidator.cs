using Commerce.Catalog.Application.Products;
using FluentValidation;

namespace Commerce.Catalog.Application.ReplaceProduct;

internal sealed class ReplaceProductValidator : AbstractValidator<ReplaceProduct>
{
    public ReplaceProductValidator() => Include(new ProductFieldsValidator<ReplaceProduct>(allFieldsRequired: true));
}
