using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using MediatR;

namespace Commerce.Catalog.Application.DeleteProduct;

internal sealed class DeleteProductHandler(IProductRepository products, ProductRevision revision) : IRequestHandler<DeleteProduct, Unit>
{
    public async Task<Unit> Handle(DeleteProduct request, CancellationToken cancellationToken)
    {
        var product = await revision.FindCurrentAsync(request.Id, request.ExpectedVersion, cancellationToken);
        products.Remove(product);
        return Unit.Value;
    }
}
