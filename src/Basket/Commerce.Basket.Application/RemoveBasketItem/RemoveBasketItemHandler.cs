using Commerce.Basket.Application.Baskets;
using MediatR;

namespace Commerce.Basket.Application.RemoveBasketItem;

internal sealed class RemoveBasketItemHandler(BasketChange basketChange, TimeProvider clock) : IRequestHandler<RemoveBasketItem, BasketDto>
{
    public Task<BasketDto> Handle(RemoveBasketItem request, CancellationToken cancellationToken) =>
        basketChange.ApplyAsync(request.UserName, basket => basket.Remove(request.ProductId, clock.GetUtcNow()), cancellationToken);
}
