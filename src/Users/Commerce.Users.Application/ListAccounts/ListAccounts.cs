using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Users.Application.Accounts;

namespace Commerce.Users.Application.ListAccounts;

/// <summary>Staff: accounts, optionally those whose address or name contains <paramref name="Search"/>.</summary>
public sealed record ListAccounts(string? Search, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IQuery<PagedResult<AccountDto>>, IPagedQuery;
