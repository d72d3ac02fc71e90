using Commerce.Basket.Application.Baskets;
using Commerce.Basket.Application.Ports;
using Commerce.BuildingBlocks.Application.Paging;
using MediatR;

namespace Commerce.Basket.Application.ListBaskets;

internal sealed class ListBasketsHandler(IBasketRepository baskets) : IRequestHandler<ListBaskets, PagedResult<BasketDto>>
{
    public async Task<PagedResult<BasketDto>> Handle(ListBaskets request, CancellationToken cancellationToken) =>
        (await baskets.ListAsync(request.Page, request.PageSize, cancellationToken)).Select(b => b.ToDto());
}
