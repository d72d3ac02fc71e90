using Commerce.BuildingBlocks.Application.Validation;
using Commerce.Users.Domain.Accounts;
using FluentValidation;

namespace Commerce.Users.Application.RegisterUser;

internal sealed class RegisterUserValidator : AbstractValidator<RegisterUser>
{
    public RegisterUserValidator()
    {
        RuleFor(x => x.Email).NotEmpty().EmailAddressText();
        RuleFor(x => x.Password).NotEmpty().Length(Passwords.MinLength, Passwords.MaxLength);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Account.MaxDisplayNameLength).OneLine();
    }
}
