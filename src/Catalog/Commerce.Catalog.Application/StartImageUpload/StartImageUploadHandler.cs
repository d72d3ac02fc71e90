using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.Images;
using Commerce.Catalog.Application.Ports;
using MediatR;

namespace Commerce.Catalog.Application.StartImageUpload;

internal sealed class StartImageUploadHandler(IProductRepository products, IProductImageStore store, ImageUploadOptions options, TimeProvider clock)
    : IRequestHandler<StartImageUpload, ImageUploadTicket>
{
    public async Task<ImageUploadTicket> Handle(StartImageUpload request, CancellationToken cancellationToken)
    {
        var product = await products.FindAsync(request.ProductId, cancellationToken) ?? throw new NotFoundException("Product", request.ProductId);
        var now = clock.GetUtcNow();
        var image = product.AddImage(Guid.CreateVersion7(), request.FileName, request.ContentType, now);
        products.Update(product);

        var expiresAt = now + options.UploadUrlLifetime;
        return new ImageUploadTicket(image.Id, store.PresignUpload(ImageObjects.Upload(product.Id, image.Id), image.ContentType, expiresAt), expiresAt);
    }
}
