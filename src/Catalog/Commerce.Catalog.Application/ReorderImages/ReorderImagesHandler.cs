using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using MediatR;

namespace Commerce.Catalog.Application.ReorderImages;

internal sealed class ReorderImagesHandler(IProductRepository products, ProductRevision revision, ProductMapping mapping, TimeProvider clock)
    : IRequestHandler<ReorderImages, ProductDto>
{
    public async Task<ProductDto> Handle(ReorderImages request, CancellationToken cancellationToken)
    {
        var product = await revision.FindCurrentAsync(request.ProductId, request.ExpectedVersion, cancellationToken);
        product.ReorderImages(request.ImageIds!, clock.GetUtcNow());
        products.Update(product);
        return await mapping.ToDtoAsync(product, cancellationToken);
    }
}
