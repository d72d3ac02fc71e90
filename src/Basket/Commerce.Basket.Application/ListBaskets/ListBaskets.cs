using Commerce.Basket.Application.Baskets;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Application.Paging;

namespace Commerce.Basket.Application.ListBaskets;

/// <summary>Baskets that hold something, most recently changed first.</summary>
public sealed record ListBaskets(int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IQuery<PagedResult<BasketDto>>, IPagedQuery;
