using Commerce.BuildingBlocks.Application.Validation;
using Commerce.Ordering.Domain.Orders;
using FluentValidation;

namespace Commerce.Ordering.Application.PlaceLegacyOrder;

internal sealed class PlaceLegacyOrderValidator : AbstractValidator<PlaceLegacyOrder>
{
    public PlaceLegacyOrderValidator()
    {
        RuleFor(x => x.UserName).ValidUserName();
        RuleFor(x => x.FirstName).NotEmpty().MaximumLength(Buyer.MaxNameLength).OneLine();
        RuleFor(x => x.LastName).NotEmpty().MaximumLength(Buyer.MaxNameLength).OneLine();
        RuleFor(x => x.Email).NotEmpty().EmailAddressText();
        RuleFor(x => x.Address).NotEmpty().MaximumLength(ShippingAddress.MaxSingleLineLength).OneLine();
        RuleFor(x => x.Card).NotNull().OverridePropertyName("cardInfo").WithMessage("'cardInfo' must be a card number of 4 to 19 digits.");
        RuleFor(x => x.PaymentMethod).MaximumLength(PaymentMethod.MaxMethodLength);
    }
}
