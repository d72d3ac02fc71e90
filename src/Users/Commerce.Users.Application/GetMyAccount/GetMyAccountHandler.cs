using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Ports;
using MediatR;

namespace Commerce.Users.Application.GetMyAccount;

internal sealed class GetMyAccountHandler(IAccounts accounts) : IRequestHandler<GetMyAccount, AccountDto>
{
    public async Task<AccountDto> Handle(GetMyAccount request, CancellationToken cancellationToken)
    {
        var id = AccountIds.Of(request.UserName);
        return AccountDto.From(await accounts.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Account", id));
    }
}
