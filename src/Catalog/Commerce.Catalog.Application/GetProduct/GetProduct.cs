using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Products;

namespace Commerce.Catalog.Application.GetProduct;

public sealed record GetProduct(Guid Id) : IQuery<ProductDto>;
