using Commerce.Catalog.Application.Products;
using FluentValidation;

namespace Commerce.Catalog.Application.CreateProduct;

internal sealed class CreateProductValidator : AbstractValidator<CreateProduct>
{
    public CreateProductValidator() => Include(new ProductFieldsValidator<CreateProduct>(allFieldsRequired: true));
}
