using FluentValidation;

namespace Commerce.Ordering.Application.PlaceLegacyOrder;

internal sealed class PlaceLegacyOrderValidator : AbstractValidator<PlaceLegacyOrder>
{
    public PlaceLegacyOrderValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9._@-]+$");
        RuleFor(x => x.FirstName).NotEmpty().MaximumLength(100);
        RuleFor(x => x.LastName).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(x => x.Address).NotEmpty().MaximumLength(500);
        RuleFor(x => x.CardInfo).NotEmpty().Matches("^[0-9 -]{4,30}$");
        RuleFor(x => x.PaymentMethod).MaximumLength(Domain.Orders.PaymentMethod.MaxMethodLength);
    }
}
