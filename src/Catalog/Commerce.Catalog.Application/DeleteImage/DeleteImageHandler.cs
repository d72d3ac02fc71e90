using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using Commerce.Catalog.Contracts;
using MediatR;

namespace Commerce.Catalog.Application.DeleteImage;

internal sealed class DeleteImageHandler(IProductRepository products, ProductRevision revision, IIntegrationEvents events, TimeProvider clock)
    : IRequestHandler<DeleteImage, Unit>
{
    public async Task<Unit> Handle(DeleteImage request, CancellationToken cancellationToken)
    {
        var product = await revision.FindCurrentAsync(request.ProductId, request.ExpectedVersion, cancellationToken);
        var image = product.RemoveImage(request.ImageId, clock.GetUtcNow());
        products.Update(product);
        await events.PublishAsync(new ProductImageDiscarded(product.Id, image.Id), cancellationToken);
        return Unit.Value;
    }
}
