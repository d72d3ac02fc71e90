using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Catalog.Application.DeleteProduct;

/// <param name="ExpectedVersion">The version the client last read (If-Match); null deletes whatever version it is at.</param>
public sealed record DeleteProduct(Guid Id, long? ExpectedVersion = null) : ICommand<Unit>;
