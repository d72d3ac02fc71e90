using Commerce.BuildingBlocks.Application.Errors;
using Commerce.Basket.Application.Baskets;
using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Contracts;
using MediatR;

namespace Commerce.Basket.Application.ReplaceBasket;

internal sealed class ReplaceBasketHandler(BasketChange basketChange, IProductCatalog catalog, TimeProvider clock)
    : IRequestHandler<ReplaceBasket, BasketDto>
{
    public async Task<BasketDto> Handle(ReplaceBasket request, CancellationToken cancellationToken)
    {
        var items = request.Items!;
        var products = await catalog.FindManyAsync([.. items.Select(i => i.ProductId!.Value)], cancellationToken);
        var unknown = items.Select((item, index) => (item, index)).FirstOrDefault(x => !products.ContainsKey(x.item.ProductId!.Value));
        if (unknown.item is not null)
        {
            throw new InvalidInputException($"items[{unknown.index}].productId", "unknown_product",
                $"There is no product '{unknown.item.ProductId}' in the catalog.");
        }

        var now = clock.GetUtcNow();
        return await basketChange.ApplyAsync(request.UserName, basket =>
        {
            basket.Clear(now);
            foreach (var item in items)
            {
                var product = products[item.ProductId!.Value];
                basket.Add(product.ProductId, product.Name, new Money(product.UnitPrice, product.Currency), item.Quantity!.Value, now, item.Color);
            }
        }, cancellationToken);
    }
}
