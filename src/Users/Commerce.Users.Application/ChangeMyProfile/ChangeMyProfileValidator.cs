using Commerce.BuildingBlocks.Application.Validation;
using Commerce.Users.Domain.Accounts;
using FluentValidation;

namespace Commerce.Users.Application.ChangeMyProfile;

internal sealed class ChangeMyProfileValidator : AbstractValidator<ChangeMyProfile>
{
    public ChangeMyProfileValidator() =>
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Account.MaxDisplayNameLength).OneLine().When(x => x.Name is not null);
}
