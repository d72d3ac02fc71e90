using Commerce.BuildingBlocks.Domain;
using Commerce.BuildingBlocks.Application.Validation;
using Commerce.Ordering.Domain.Orders;
using Commerce.Payments.Contracts;
using FluentValidation;

namespace Commerce.Ordering.Application.PlaceOrder;

internal sealed class PlaceOrderValidator : AbstractValidator<PlaceOrder>
{
    public PlaceOrderValidator(IPaymentMethods paymentMethods)
    {
        RuleFor(x => x.UserName).ValidUserName();
        // Buyer and address may be left out by an account of the shop (CheckoutParty says what each caller must give).
        RuleFor(x => x.TokenEmail).EmailAddressText();
        RuleFor(x => x.Payment).NotNull();
        When(x => x.Buyer is not null, () =>
        {
            RuleFor(x => x.Buyer!.FirstName).NotEmpty().MaximumLength(Buyer.MaxNameLength).OneLine();
            RuleFor(x => x.Buyer!.LastName).NotEmpty().MaximumLength(Buyer.MaxNameLength).OneLine();
            RuleFor(x => x.Buyer!.Email).NotEmpty().EmailAddressText();
        });
        When(x => x.ShippingAddress is not null, () =>
        {
            RuleFor(x => x.ShippingAddress!.Street).NotEmpty().MaximumLength(PostalAddress.MaxStreetLength).OneLine();
            RuleFor(x => x.ShippingAddress!.City).NotEmpty().MaximumLength(PostalAddress.MaxCityLength).OneLine();
            RuleFor(x => x.ShippingAddress!.State).MaximumLength(PostalAddress.MaxStateLength).OneLine();
            RuleFor(x => x.ShippingAddress!.ZipCode).NotEmpty().MaximumLength(PostalAddress.MaxZipCodeLength).OneLine();
            RuleFor(x => x.ShippingAddress!.Country).NotEmpty().MaximumLength(PostalAddress.MaxCountryLength).OneLine();
        });
        When(x => x.Payment is not null, () =>
        {
            RuleFor(x => x.Payment!.PaymentMethodId).NotEmpty().MaximumLength(IPaymentMethods.MaxTokenLength)
                .Must(token => paymentMethods.Accepts(token!)).WithErrorCode("unknown_payment_method")
                .WithMessage("'{PropertyName}' is not a payment method token the payment provider accepts (its client library makes one in the browser).")
                .When(x => !string.IsNullOrEmpty(x.Payment!.PaymentMethodId) && x.Payment.PaymentMethodId.Length <= IPaymentMethods.MaxTokenLength, ApplyConditionTo.CurrentValidator);
        });
    }
}
