using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using MediatR;

namespace Commerce.Catalog.Application.ChangeProduct;

internal sealed class ChangeProductHandler(IProductRepository products, TimeProvider clock) : IRequestHandler<ChangeProduct, ProductDto>
{
    public Task<ProductDto> Handle(ChangeProduct request, CancellationToken cancellationToken) =>
        products.ReviseAsync(request.Id, current => request.ToDetails(current), request.ExpectedVersion, clock.GetUtcNow(), cancellationToken);
}
