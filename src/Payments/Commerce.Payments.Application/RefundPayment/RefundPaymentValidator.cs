using Commerce.Payments.Domain.Payments;
using Commerce.BuildingBlocks.Application.Validation;
using FluentValidation;

namespace Commerce.Payments.Application.RefundPayment;

internal sealed class RefundPaymentValidator : AbstractValidator<RefundPayment>
{
    public RefundPaymentValidator()
    {
        // The payment's currency is known to the domain, which checks the amount against it.
        RuleFor(x => x.Amount).NotNull().GreaterThan(0).InMinorUnitsOf(_ => null);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Payment.MaxRefundReasonLength);
    }
}
