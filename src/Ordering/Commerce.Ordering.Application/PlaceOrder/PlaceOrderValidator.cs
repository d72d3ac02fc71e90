using FluentValidation;

namespace Commerce.Ordering.Application.PlaceOrder;

internal sealed class PlaceOrderValidator : AbstractValidator<PlaceOrder>
{
    public PlaceOrderValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9._@-]+$");
        RuleFor(x => x.Buyer).NotNull();
        RuleFor(x => x.ShippingAddress).NotNull();
        RuleFor(x => x.Payment).NotNull();
        When(x => x.Buyer is not null, () =>
        {
            RuleFor(x => x.Buyer!.FirstName).NotEmpty().MaximumLength(100);
            RuleFor(x => x.Buyer!.LastName).NotEmpty().MaximumLength(100);
            RuleFor(x => x.Buyer!.Email).NotEmpty().MaximumLength(254).EmailAddress();
        });
        When(x => x.ShippingAddress is not null, () =>
        {
            RuleFor(x => x.ShippingAddress!.Street).NotEmpty().MaximumLength(200);
            RuleFor(x => x.ShippingAddress!.City).NotEmpty().MaximumLength(100);
            RuleFor(x => x.ShippingAddress!.State).MaximumLength(100);
            RuleFor(x => x.ShippingAddress!.ZipCode).NotEmpty().MaximumLength(20);
            RuleFor(x => x.ShippingAddress!.Country).NotEmpty().MaximumLength(100);
        });
        When(x => x.Payment is not null, () =>
        {
            RuleFor(x => x.Payment!.CardNumber).NotEmpty().CreditCard();
            RuleFor(x => x.Payment!.ExpiryMonth).NotNull().InclusiveBetween(1, 12);
            RuleFor(x => x.Payment!.ExpiryYear).NotNull().InclusiveBetween(2000, 2100);
            RuleFor(x => x.Payment!.SecurityCode).NotEmpty().Matches("^[0-9]{3,4}$");
        });
    }
}
