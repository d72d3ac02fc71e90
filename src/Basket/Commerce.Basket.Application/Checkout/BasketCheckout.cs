using Commerce.Basket.Application.Ports;
using Commerce.Basket.Contracts;
using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Contracts;

namespace Commerce.Basket.Application.Checkout;

/// <summary>
/// Hands a basket to checkout: every line is priced again from the catalog (a price may have changed since it was
/// added), and the basket is emptied in the caller's unit of work.
/// </summary>
internal sealed class BasketCheckout(IBasketRepository baskets, IProductCatalog catalog, TimeProvider clock) : IBasketCheckout
{
    public async Task<CheckedOutBasket?> TakeAsync(string userName, CancellationToken cancellationToken)
    {
        var basket = await baskets.FindAsync(userName, cancellationToken);
        if (basket is null || basket.IsEmpty)
        {
            return null;
        }

        var products = await catalog.FindManyAsync([.. basket.Lines.Select(l => l.ProductId)], cancellationToken);
        var gone = basket.Lines.Where(l => !products.ContainsKey(l.ProductId)).Select(l => l.ProductName).ToArray();
        if (gone.Length > 0)
        {
            throw new DomainException("product_unavailable", $"No longer sold: {string.Join(", ", gone)}. Remove them from the basket and check out again.");
        }

        CheckedOutLine[] lines = [.. basket.Lines.Select(l =>
        {
            var product = products[l.ProductId];
            return new CheckedOutLine(l.ProductId, product.Name, product.UnitPrice, l.Quantity, l.Color);
        })];
        var currencies = basket.Lines.Select(l => products[l.ProductId].Currency).Distinct().ToArray();
        if (currencies.Length > 1)
        {
            throw new DomainException("currency_mismatch", "The basket's products are now priced in different currencies.");
        }

        basket.Clear(clock.GetUtcNow());
        baskets.Save(basket);
        return new CheckedOutBasket(userName, currencies[0], lines);
    }
}
