using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.Images;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using Commerce.Catalog.Contracts;
using Commerce.Catalog.Domain.Images;
using MediatR;

namespace Commerce.Catalog.Application.CompleteImageUpload;

internal sealed class CompleteImageUploadHandler(
    IProductRepository products, IProductImageStore store, IIntegrationEvents events, ProductMapping mapping, TimeProvider clock)
    : IRequestHandler<CompleteImageUpload, ProductImageDto>
{
    public async Task<ProductImageDto> Handle(CompleteImageUpload request, CancellationToken cancellationToken)
    {
        var product = await products.FindAsync(request.ProductId, cancellationToken) ?? throw new NotFoundException("Product", request.ProductId);
        var image = product.Image(request.ImageId);
        if (image.Status == ProductImageStatus.AwaitingUpload)
        {
            var size = await store.SizeOfAsync(ImageObjects.Upload(product.Id, image.Id), cancellationToken)
                ?? throw new ConflictException(ImageRules.Failures.NotUploaded, "Nothing was uploaded for this image yet: PUT the file to its upload URL first.");
            product.StartProcessing(image.Id, size, clock.GetUtcNow());
            products.Update(product);
            if (product.IsProcessing(image.Id))
            {
                await events.PublishAsync(new ProductImageUploaded(product.Id, image.Id), cancellationToken);
            }
        }

        return mapping.ToDto(product.Id, product.Image(image.Id));
    }
}
