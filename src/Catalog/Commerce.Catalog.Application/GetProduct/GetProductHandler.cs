using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using MediatR;

namespace Commerce.Catalog.Application.GetProduct;

internal sealed class GetProductHandler(IProductSearch products, ProductMapping mapping) : IRequestHandler<GetProduct, ProductDto>
{
    public async Task<ProductDto> Handle(GetProduct request, CancellationToken cancellationToken)
    {
        var product = await products.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("Product", request.Id);
        return mapping.ToDto(product);
    }
}
