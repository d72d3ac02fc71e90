using Commerce.Catalog.Application.Images;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Images;
using MediatR;

namespace Commerce.Catalog.Application.ProcessImage;

/// <remarks>
/// Safe to run again at any point: the renditions overwrite the same objects, and an image that is no longer waiting
/// is left as it is. One deleted meanwhile has its renditions deleted here too, since they may have been written
/// after its discard removed the rest.
/// </remarks>
internal sealed class ProcessImageHandler(IProductRepository products, IProductImageStore store, IImageRenderer renderer, TimeProvider clock)
    : IRequestHandler<ProcessImage, Unit>
{
    public async Task<Unit> Handle(ProcessImage request, CancellationToken cancellationToken)
    {
        var (productId, imageId) = (request.ProductId, request.ImageId);
        var product = await products.FindAsync(productId, cancellationToken);
        if (product is null || product.Images.All(i => i.Id != imageId))
        {
            await store.DeleteAsync(ImageObjects.All(productId, imageId), cancellationToken);
            return Unit.Value;
        }

        if (!product.IsProcessing(imageId))
        {
            return Unit.Value;
        }

        var original = await store.ReadAsync(ImageObjects.Upload(productId, imageId), ImageRules.MaxUploadBytes, cancellationToken);
        var rendering = original is null
            ? ImageRendering.Failed(ImageRules.Failures.NotUploaded)
            : renderer.Render(original, product.Image(imageId).ContentType);
        if (rendering is { Thumbnail: { } thumbnail, Medium: { } medium })
        {
            // The bytes just checked are what is served, under a key the upload URL does not name: a later PUT to that
            // URL (it works until it expires) changes nothing anyone sees.
            await store.PutAsync(ImageObjects.Original(productId, imageId), original!, product.Image(imageId).ContentType, cancellationToken);
            await store.PutAsync(ImageObjects.Thumbnail(productId, imageId), thumbnail.Content, thumbnail.ContentType, cancellationToken);
            await store.PutAsync(ImageObjects.Medium(productId, imageId), medium.Content, medium.ContentType, cancellationToken);
            await store.DeleteAsync([ImageObjects.Upload(productId, imageId)], cancellationToken);
            product.MarkImageReady(imageId, rendering.Width, rendering.Height, clock.GetUtcNow());
        }
        else
        {
            product.MarkImageFailed(imageId, rendering.Failure ?? ImageRules.Failures.Unreadable, clock.GetUtcNow());
        }

        products.Update(product);
        return Unit.Value;
    }
}
