using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Catalog.Application.DeleteProduct;

public sealed record DeleteProduct(Guid Id) : ICommand<Unit>;
