using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Contracts;
using MediatR;

namespace Commerce.Catalog.Application.Images;

/// <summary>The image pipeline's worker side: renders uploaded originals and deletes discarded images' objects.</summary>
public sealed class ProductImageConsumer(IMediator mediator) :
    IIntegrationEventConsumer<ProductImageUploaded>,
    IIntegrationEventConsumer<ProductImageDiscarded>
{
    public Task ConsumeAsync(ProductImageUploaded integrationEvent, CancellationToken cancellationToken) =>
        mediator.Send(new ProcessImage.ProcessImage(integrationEvent.ProductId, integrationEvent.ImageId), cancellationToken);

    public Task ConsumeAsync(ProductImageDiscarded integrationEvent, CancellationToken cancellationToken) =>
        mediator.Send(new DiscardImageObjects.DiscardImageObjects(integrationEvent.ProductId, integrationEvent.ImageId), cancellationToken);
}
