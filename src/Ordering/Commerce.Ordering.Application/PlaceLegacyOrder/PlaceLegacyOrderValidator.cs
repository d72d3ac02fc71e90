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
        RuleFor(x => x.Email).NotEmpty().MaximumLength(Buyer.MaxEmailLength).EmailAddress().OneLine();
        RuleFor(x => x.Address).NotEmpty().MaximumLength(ShippingAddress.MaxSingleLineLength).OneLine();
        RuleFor(x => x.CardInfo).NotEmpty().Matches("^[0-9 -]{4,30}$");
        RuleFor(x => x.PaymentMethod).MaximumLength(PaymentMethod.MaxMethodLength);
    }
}
