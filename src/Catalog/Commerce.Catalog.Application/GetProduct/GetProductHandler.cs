using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.Caching;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using MediatR;
using Microsoft.Extensions.Caching.Hybrid;

namespace Commerce.Catalog.Application.GetProduct;

/// <remarks>Cached (<see cref="CatalogCache"/>); an unknown id is never cached, so a product created later is found at once.</remarks>
internal sealed class GetProductHandler(IProductSearch products, ProductMapping mapping, HybridCache cache) : IRequestHandler<GetProduct, ProductDto>
{
    public async Task<ProductDto> Handle(GetProduct request, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(CatalogCache.ProductKey(request.Id), async token =>
        {
            var product = await products.FindAsync(request.Id, token) ?? throw new NotFoundException("Product", request.Id);
            return await mapping.ToDtoAsync(product, token);
        }, cancellationToken: cancellationToken);
}
