using Commerce.Basket.Application.Ports;
using Commerce.Basket.Domain.Baskets;

namespace Commerce.Basket.Application.Baskets;

/// <summary>The steps every basket command shares: load (or start) the user's basket, change it, save it.</summary>
internal sealed class BasketChange(IBasketRepository baskets)
{
    public async Task<BasketDto> ApplyAsync(
        string userName, Action<ShoppingBasket> change, CancellationToken cancellationToken)
    {
        var basket = await baskets.FindAsync(userName, cancellationToken) ?? ShoppingBasket.EmptyFor(userName);
        change(basket);
        baskets.Save(basket);
        return basket.ToDto();
    }
}
