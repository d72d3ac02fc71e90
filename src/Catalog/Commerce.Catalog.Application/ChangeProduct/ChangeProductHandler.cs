using Commerce.Catalog.Application.Products;
using MediatR;

namespace Commerce.Catalog.Application.ChangeProduct;

internal sealed class ChangeProductHandler(ProductRevision revision, TimeProvider clock) : IRequestHandler<ChangeProduct, ProductDto>
{
    public Task<ProductDto> Handle(ChangeProduct request, CancellationToken cancellationToken) =>
        revision.ReviseAsync(request.Id, current => request.ToDetails(current), request.ExpectedVersion, clock.GetUtcNow(), cancellationToken);
}
