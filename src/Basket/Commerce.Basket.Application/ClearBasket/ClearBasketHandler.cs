using Commerce.Basket.Application.Baskets;
using MediatR;

namespace Commerce.Basket.Application.ClearBasket;

internal sealed class ClearBasketHandler(BasketChange basketChange, TimeProvider clock) : IRequestHandler<ClearBasket, BasketDto>
{
    public Task<BasketDto> Handle(ClearBasket request, CancellationToken cancellationToken) =>
        basketChange.ApplyAsync(request.UserName, basket => basket.Clear(clock.GetUtcNow()), cancellationToken);
}
