using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Ports;
using MediatR;

namespace Commerce.Users.Application.ListAccounts;

internal sealed class ListAccountsHandler(IAccounts accounts) : IRequestHandler<ListAccounts, PagedResult<AccountDto>>
{
    public async Task<PagedResult<AccountDto>> Handle(ListAccounts request, CancellationToken cancellationToken) =>
        (await accounts.ListAsync(request.Search?.Trim(), request.Page, request.PageSize, cancellationToken)).Select(AccountDto.From);
}
