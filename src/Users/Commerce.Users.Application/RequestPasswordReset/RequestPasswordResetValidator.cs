using Commerce.BuildingBlocks.Application.Validation;
using FluentValidation;

namespace Commerce.Users.Application.RequestPasswordReset;

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator() =>
        RuleFor(x => x.Email).NotEmpty().EmailAddressText();
}
