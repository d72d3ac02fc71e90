using Commerce.BuildingBlocks.Application.Validation;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Domain.Accounts;
using FluentValidation;

namespace Commerce.Users.Application.ResetPassword;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(x => x.Email).NotEmpty().EmailAddressText();
        RuleFor(x => x.Code).ValidCode();
        RuleFor(x => x.NewPassword).NotEmpty().Length(Passwords.MinLength, Passwords.MaxLength);
    }
}
