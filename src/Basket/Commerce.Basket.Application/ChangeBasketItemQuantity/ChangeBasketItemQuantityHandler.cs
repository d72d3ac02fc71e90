using Commerce.Basket.Application.Baskets;
using MediatR;

namespace Commerce.Basket.Application.ChangeBasketItemQuantity;

internal sealed class ChangeBasketItemQuantityHandler(BasketChange basketChange, TimeProvider clock)
    : IRequestHandler<ChangeBasketItemQuantity, BasketDto>
{
    public Task<BasketDto> Handle(ChangeBasketItemQuantity request, CancellationToken cancellationToken) =>
        basketChange.ApplyAsync(request.UserName,
            basket => basket.ChangeQuantity(request.ProductId, request.Quantity!.Value, clock.GetUtcNow()), cancellationToken);
}
