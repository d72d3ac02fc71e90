using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Catalog.Application.DeleteImage;

/// <summary>Removes an image from its product; its objects are deleted from the store by the image pipeline.</summary>
public sealed record DeleteImage(Guid ProductId, Guid ImageId, long? ExpectedVersion = null) : ICommand<Unit>;
