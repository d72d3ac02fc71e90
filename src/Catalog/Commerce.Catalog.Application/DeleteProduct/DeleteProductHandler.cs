using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using Commerce.Catalog.Contracts;
using MediatR;

namespace Commerce.Catalog.Application.DeleteProduct;

internal sealed class DeleteProductHandler(IProductRepository products, ProductRevision revision, IIntegrationEvents events) : IRequestHandler<DeleteProduct, Unit>
{
    public async Task<Unit> Handle(DeleteProduct request, CancellationToken cancellationToken)
    {
        var product = await revision.FindCurrentAsync(request.Id, request.ExpectedVersion, cancellationToken);
        products.Remove(product);
        foreach (var image in product.Images)
        {
            await events.PublishAsync(new ProductImageDiscarded(product.Id, image.Id), cancellationToken);
        }

        return Unit.Value;
    }
}
