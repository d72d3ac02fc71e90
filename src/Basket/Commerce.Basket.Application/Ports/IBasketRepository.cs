using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Basket.Domain.Baskets;

namespace Commerce.Basket.Application.Ports;

/// <summary>
/// Baskets by user name. A basket changed by two requests at once is refused to the later one (optimistic
/// concurrency), so a checkout can never take a basket another request is changing.
/// </summary>
public interface IBasketRepository
{
    Task<ShoppingBasket?> FindAsync(string userName, CancellationToken cancellationToken);

    void Save(ShoppingBasket basket);

    /// <summary>Non-empty baskets, most recently changed first.</summary>
    Task<PagedResult<ShoppingBasket>> ListAsync(int page, int pageSize, CancellationToken cancellationToken);
}
