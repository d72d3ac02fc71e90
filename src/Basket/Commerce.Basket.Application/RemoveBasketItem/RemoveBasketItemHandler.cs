using Commerce.Basket.Application.Baskets;
using Commerce.Basket.Application.Ports;
using MediatR;

namespace Commerce.Basket.Application.RemoveBasketItem;

internal sealed class RemoveBasketItemHandler(IBasketRepository baskets, TimeProvider clock) : IRequestHandler<RemoveBasketItem, BasketDto>
{
    public Task<BasketDto> Handle(RemoveBasketItem request, CancellationToken cancellationToken) =>
        baskets.ChangeAsync(request.UserName, basket => basket.Remove(request.ProductId, clock.GetUtcNow()), cancellationToken);
}
