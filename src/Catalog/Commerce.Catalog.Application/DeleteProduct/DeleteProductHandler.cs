using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.Ports;
using MediatR;

namespace Commerce.Catalog.Application.DeleteProduct;

internal sealed class DeleteProductHandler(IProductRepository products) : IRequestHandler<DeleteProduct, Unit>
{
    public async Task<Unit> Handle(DeleteProduct request, CancellationToken cancellationToken)
    {
        var product = await products.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("Product", request.Id);
        products.Remove(product);
        return Unit.Value;
    }
}
