using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Application.Validation;
using Commerce.BuildingBlocks.Domain;
using FluentValidation;

namespace Commerce.Users.Application.ListAccounts;

internal sealed class ListAccountsValidator : AbstractValidator<ListAccounts>
{
    public ListAccountsValidator()
    {
        Include(new PageValidator<ListAccounts>());
        RuleFor(x => x.Search).MaximumLength(EmailAddress.MaxLength).OneLine();
    }
}
