using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.Basket.Application.Ports;
using Commerce.Basket.Domain.Baskets;
using Marten;

namespace Commerce.Basket.Infrastructure;

internal sealed class MartenBasketRepository(IDocumentSession session) : IBasketRepository
{
    public Task<ShoppingBasket?> FindAsync(string userName, CancellationToken cancellationToken) =>
        session.LoadAsync<ShoppingBasket>(userName, cancellationToken);

    // Store checks the version this session loaded (optimistic concurrency, see BasketInfrastructure), or, for a
    // basket this session did not load, that no basket exists yet.
    public void Save(ShoppingBasket basket) => session.Store(basket);

    public Task<PagedResult<ShoppingBasket>> ListAsync(int page, int pageSize, CancellationToken cancellationToken) =>
        session.Query<ShoppingBasket>().Where(b => b.Currency != null)
            .ToPagedResultAsync(q => q.OrderByDescending(b => b.UpdatedAt).ThenBy(b => b.Id), page, pageSize, cancellationToken);
}
