using Commerce.Basket.Application.Baskets;
using Commerce.Basket.Application.Ports;
using MediatR;

namespace Commerce.Basket.Application.ChangeBasketItemQuantity;

internal sealed class ChangeBasketItemQuantityHandler(IBasketRepository baskets, TimeProvider clock)
    : IRequestHandler<ChangeBasketItemQuantity, BasketDto>
{
    public Task<BasketDto> Handle(ChangeBasketItemQuantity request, CancellationToken cancellationToken) =>
        baskets.ChangeAsync(request.UserName,
            basket => basket.ChangeQuantity(request.ProductId, request.Quantity!.Value, clock.GetUtcNow()), cancellationToken);
}
