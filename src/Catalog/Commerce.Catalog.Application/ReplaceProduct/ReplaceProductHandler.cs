using Commerce.Catalog.Application.Products;
using MediatR;

namespace Commerce.Catalog.Application.ReplaceProduct;

internal sealed class ReplaceProductHandler(ProductRevision revision, TimeProvider clock) : IRequestHandler<ReplaceProduct, ProductDto>
{
    public Task<ProductDto> Handle(ReplaceProduct request, CancellationToken cancellationToken) =>
        revision.ReviseAsync(request.Id, _ => request.ToDetails(), request.ExpectedVersion, clock.GetUtcNow(), cancellationToken);
}
