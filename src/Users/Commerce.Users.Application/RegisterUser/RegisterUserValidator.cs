using Commerce.BuildingBlocks.Application.Validation;
using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Domain.Accounts;
using FluentValidation;

namespace Commerce.Users.Application.RegisterUser;

internal sealed class RegisterUserValidator : AbstractValidator<RegisterUser>
{
    public RegisterUserValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(EmailAddress.MaxLength).EmailAddress().OneLine();
        RuleFor(x => x.Password).NotEmpty().Length(Passwords.MinLength, Passwords.MaxLength);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Account.MaxDisplayNameLength).OneLine();
    }
}
