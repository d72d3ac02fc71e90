using Commerce.Basket.Application.Baskets;
using Commerce.Basket.Application.Ports;
using MediatR;

namespace Commerce.Basket.Application.ClearBasket;

internal sealed class ClearBasketHandler(IBasketRepository baskets, TimeProvider clock) : IRequestHandler<ClearBasket, BasketDto>
{
    public Task<BasketDto> Handle(ClearBasket request, CancellationToken cancellationToken) =>
        baskets.ChangeAsync(request.UserName, basket => basket.Clear(clock.GetUtcNow()), cancellationToken);
}
