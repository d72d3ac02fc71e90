using Commerce.BuildingBlocks.Application.Errors;
using Commerce.Basket.Application.Baskets;
using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Contracts;
using MediatR;

namespace Commerce.Basket.Application.AddBasketItem;

internal sealed class AddBasketItemHandler(BasketChange basketChange, IProductCatalog catalog, TimeProvider clock)
    : IRequestHandler<AddBasketItem, BasketDto>
{
    public async Task<BasketDto> Handle(AddBasketItem request, CancellationToken cancellationToken)
    {
        var productId = request.ProductId!.Value;
        var product = await catalog.FindAsync(productId, cancellationToken)
            ?? throw new InvalidInputException("productId", "unknown_product", $"There is no product '{productId}' in the catalog.");
        return await basketChange.ApplyAsync(request.UserName, basket => basket.Add(
            product.ProductId, product.Name, new Money(product.UnitPrice, product.Currency), request.Quantity!.Value, clock.GetUtcNow(), request.Color),
            cancellationToken);
    }
}
