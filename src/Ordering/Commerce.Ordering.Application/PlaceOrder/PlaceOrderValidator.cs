using Commerce.BuildingBlocks.Application.Validation;
using Commerce.Ordering.Domain.Orders;
using FluentValidation;

namespace Commerce.Ordering.Application.PlaceOrder;

internal sealed class PlaceOrderValidator : AbstractValidator<PlaceOrder>
{
    public PlaceOrderValidator()
    {
        RuleFor(x => x.UserName).ValidUserName();
        RuleFor(x => x.Buyer).NotNull();
        RuleFor(x => x.ShippingAddress).NotNull();
        RuleFor(x => x.Payment).NotNull();
        When(x => x.Buyer is not null, () =>
        {
            RuleFor(x => x.Buyer!.FirstName).NotEmpty().MaximumLength(Buyer.MaxNameLength).OneLine();
            RuleFor(x => x.Buyer!.LastName).NotEmpty().MaximumLength(Buyer.MaxNameLength).OneLine();
            RuleFor(x => x.Buyer!.Email).NotEmpty().MaximumLength(Buyer.MaxEmailLength).EmailAddress().OneLine();
        });
        When(x => x.ShippingAddress is not null, () =>
        {
            RuleFor(x => x.ShippingAddress!.Street).NotEmpty().MaximumLength(ShippingAddress.MaxStreetLength).OneLine();
            RuleFor(x => x.ShippingAddress!.City).NotEmpty().MaximumLength(ShippingAddress.MaxCityLength).OneLine();
            RuleFor(x => x.ShippingAddress!.State).MaximumLength(ShippingAddress.MaxStateLength).OneLine();
            RuleFor(x => x.ShippingAddress!.ZipCode).NotEmpty().MaximumLength(ShippingAddress.MaxZipCodeLength).OneLine();
            RuleFor(x => x.ShippingAddress!.Country).NotEmpty().MaximumLength(ShippingAddress.MaxCountryLength).OneLine();
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
