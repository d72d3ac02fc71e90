using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Ports;
using MediatR;

namespace Commerce.Users.Application.GetMyAccount;

internal sealed class GetMyAccountHandler(IAccounts accounts) : IRequestHandler<GetMyAccount, AccountDto>
{
    public async Task<AccountDto> Handle(GetMyAccount request, CancellationToken cancellationToken)
    {
        // A token from another issuer (Cognito, a development token) names no account here.
        var account = Guid.TryParse(request.UserName, out var id) ? await accounts.FindAsync(id, cancellationToken) : null;
        return account is null ? throw new NotFoundException("Account", request.UserName) : AccountDto.From(account);
    }
}
