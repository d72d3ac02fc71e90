using Commerce.Catalog.Application.Products;
using FluentValidation;

namespace Commerce.Catalog.Application.ChangeProduct;

internal sealed class ChangeProductValidator : AbstractValidator<ChangeProduct>
{
    public ChangeProductValidator() => Include(new ProductFieldsValidator<ChangeProduct>(allFieldsRequired: false));
}
