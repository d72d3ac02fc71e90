using Commerce.BuildingBlocks.Application.Validation;
using Commerce.BuildingBlocks.Domain;
using FluentValidation;

namespace Commerce.Users.Application.RequestPasswordReset;

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator() =>
        RuleFor(x => x.Email).NotEmpty().MaximumLength(EmailAddress.MaxLength).EmailAddress().OneLine();
}
