using Commerce.BuildingBlocks.Application.Validation;
using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Domain.Products;
using FluentValidation;

namespace Commerce.Catalog.Application.Products;

/// <summary>
/// Reports every missing or malformed field at once. The domain checks the same rules again; this validator
/// exists so a client learns all its mistakes in one response instead of one per try.
/// </summary>
internal sealed class ProductFieldsValidator<T> : AbstractValidator<T>
    where T : IProductFields
{
    public ProductFieldsValidator(bool allFieldsRequired)
    {
        When(_ => allFieldsRequired, () =>
        {
            RuleFor(x => x.Sku).NotEmpty();
            RuleFor(x => x.Name).NotEmpty();
            RuleFor(x => x.Category).NotEmpty();
            RuleFor(x => x.Price).NotNull();
            RuleFor(x => x.Currency).NotEmpty();
        });

        RuleFor(x => x.Sku).Matches("^[A-Za-z0-9][A-Za-z0-9-]{2,63}$").When(x => x.Sku is not null)
            .WithMessage("The SKU must be 3 to 64 letters, digits or dashes, starting with a letter or digit.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(ProductDetails.MaxNameLength).OneLine().When(x => x.Name is not null);
        RuleFor(x => x.Description).MaximumLength(ProductDetails.MaxDescriptionLength);
        RuleFor(x => x.Category).NotEmpty().MaximumLength(ProductDetails.MaxCategoryLength).OneLine().When(x => x.Category is not null);
        RuleFor(x => x.Price).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxAmount).InMinorUnitsOf(x => x.Currency);
        RuleFor(x => x.Currency).Must(CurrencyCodes.IsKnown).When(x => x.Currency is not null)
            .WithMessage(x => $"'{x.Currency}' is not an ISO 4217 currency code.");
        RuleFor(x => x.ImageFile).MaximumLength(ProductDetails.MaxImageFileLength);
        RuleFor(x => x.Tags).Must(tags => tags!.Count <= ProductDetails.MaxTags).When(x => x.Tags is not null)
            .WithMessage($"A product has at most {ProductDetails.MaxTags} tags.");
        RuleForEach(x => x.Tags).Must(ProductDetails.IsTag)
            .WithMessage($"Each tag must be {ProductDetails.TagRule}.");
        RuleFor(x => x.Specifications).Must(sheet => sheet!.Count <= ProductDetails.MaxSpecifications).When(x => x.Specifications is not null)
            .WithMessage($"A product has at most {ProductDetails.MaxSpecifications} specifications.");
        RuleForEach(x => x.Specifications).ChildRules(line =>
        {
            line.RuleFor(s => s.Name).NotEmpty().MaximumLength(ProductSpecification.MaxNameLength).OneLine();
            line.RuleFor(s => s.Value).NotEmpty().MaximumLength(ProductSpecification.MaxValueLength).OneLine();
        });
    }
}
