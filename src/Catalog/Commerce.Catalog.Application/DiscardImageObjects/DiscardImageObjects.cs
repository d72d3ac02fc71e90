using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Ports;
using MediatR;

namespace Commerce.Catalog.Application.DiscardImageObjects;

/// <summary>Deletes a deleted image's objects from the store (original and renditions).</summary>
public sealed record DiscardImageObjects(Guid ProductId, Guid ImageId) : ICommand<Unit>;

internal sealed class DiscardImageObjectsHandler(IProductImageStore store) : IRequestHandler<DiscardImageObjects, Unit>
{
    public async Task<Unit> Handle(DiscardImageObjects request, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(Images.ImageObjects.All(request.ProductId, request.ImageId), cancellationToken);
        return Unit.Value;
    }
}
