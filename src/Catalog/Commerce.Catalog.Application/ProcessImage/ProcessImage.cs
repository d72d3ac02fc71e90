using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Catalog.Application.ProcessImage;

/// <summary>Checks an uploaded original by its content, stores its renditions and marks the image Ready, or Failed with the reason.</summary>
public sealed record ProcessImage(Guid ProductId, Guid ImageId) : ICommand<Unit>;
