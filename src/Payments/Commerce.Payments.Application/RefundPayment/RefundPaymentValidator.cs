using Commerce.Payments.Domain.Payments;
using FluentValidation;

namespace Commerce.Payments.Application.RefundPayment;

internal sealed class RefundPaymentValidator : AbstractValidator<RefundPayment>
{
    public RefundPaymentValidator()
    {
        RuleFor(x => x.Amount).NotNull().GreaterThan(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Payment.MaxRefundReasonLength);
    }
}
