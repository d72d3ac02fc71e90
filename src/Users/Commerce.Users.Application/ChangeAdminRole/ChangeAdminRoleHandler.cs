using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Ports;
using Commerce.Users.Domain.Accounts;
using MediatR;

namespace Commerce.Users.Application.ChangeAdminRole;

internal sealed class ChangeAdminRoleHandler(IAccounts accounts) : IRequestHandler<ChangeAdminRole, AccountDto>
{
    public async Task<AccountDto> Handle(ChangeAdminRole request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(request.AccountId, cancellationToken) ?? throw new NotFoundException("Account", request.AccountId);
        if (request.Granted && !account.IsAdmin)
        {
            await accounts.GrantRoleAsync(account.Id, Account.AdminRole, cancellationToken);
        }
        else if (!request.Granted && account.IsAdmin)
        {
            await accounts.RevokeRoleAsync(account.Id, Account.AdminRole, cancellationToken);
        }

        return AccountDto.From(await accounts.FindAsync(account.Id, cancellationToken) ?? throw new NotFoundException("Account", request.AccountId));
    }
}
