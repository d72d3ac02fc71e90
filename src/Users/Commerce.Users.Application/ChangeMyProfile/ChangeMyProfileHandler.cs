using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Ports;
using Commerce.Users.Domain.Accounts;
using MediatR;

namespace Commerce.Users.Application.ChangeMyProfile;

internal sealed class ChangeMyProfileHandler(IAccounts accounts) : IRequestHandler<ChangeMyProfile, AccountDto>
{
    public async Task<AccountDto> Handle(ChangeMyProfile request, CancellationToken cancellationToken)
    {
        var id = AccountIds.Of(request.UserName);
        var account = await accounts.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Account", id);
        if (request.Name is not null && Account.ValidDisplayName(request.Name) is var name && name != account.DisplayName)
        {
            await accounts.ChangeDisplayNameAsync(id, name, cancellationToken);
            account = account with { DisplayName = name };
        }

        return AccountDto.From(account);
    }
}
