using Commerce.BuildingBlocks.Application.Validation;
using Commerce.Users.Application.Accounts;
using FluentValidation;

namespace Commerce.Users.Application.VerifyEmail;

internal sealed class VerifyEmailValidator : AbstractValidator<VerifyEmail>
{
    public VerifyEmailValidator()
    {
        RuleFor(x => x.Email).NotEmpty().EmailAddressText();
        RuleFor(x => x.Code).ValidCode();
    }
}
