using Commerce.Basket.Application.Baskets;
using Commerce.Basket.Application.Ports;
using Commerce.Basket.Domain.Baskets;
using MediatR;

namespace Commerce.Basket.Application.GetBasket;

internal sealed class GetBasketHandler(IBasketRepository baskets) : IRequestHandler<GetBasket, BasketDto>
{
    /// <remarks>A user without a basket has an empty one: clients never need to create it first.</remarks>
    public async Task<BasketDto> Handle(GetBasket request, CancellationToken cancellationToken) =>
        (await baskets.FindAsync(request.UserName, cancellationToken) ?? ShoppingBasket.EmptyFor(request.UserName)).ToDto();
}
