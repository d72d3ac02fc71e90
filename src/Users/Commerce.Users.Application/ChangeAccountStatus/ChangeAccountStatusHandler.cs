using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Ports;
using Commerce.Users.Domain.Accounts;
using MediatR;

namespace Commerce.Users.Application.ChangeAccountStatus;

internal sealed class ChangeAccountStatusHandler(IAccounts accounts, ISignIns signIns) : IRequestHandler<ChangeAccountStatus, AccountDto>
{
    public async Task<AccountDto> Handle(ChangeAccountStatus request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(request.AccountId, cancellationToken) ?? throw new NotFoundException("Account", request.AccountId);
        var status = request.Disabled ? AccountStatus.Disabled : AccountStatus.Active;
        if (account.Status != status)
        {
            await accounts.ChangeStatusAsync(account.Id, status, cancellationToken);
            if (status == AccountStatus.Disabled)
            {
                await signIns.EndAllAsync(account.Id, cancellationToken);
            }
        }

        return AccountDto.From(await accounts.FindAsync(account.Id, cancellationToken) ?? throw new NotFoundException("Account", request.AccountId));
    }
}
