using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using Commerce.Catalog.Domain.Products;
using MediatR;

namespace Commerce.Catalog.Application.CreateProduct;

internal sealed class CreateProductHandler(IProductRepository products, ProductMapping mapping, TimeProvider clock) : IRequestHandler<CreateProduct, ProductDto>
{
    public async Task<ProductDto> Handle(CreateProduct request, CancellationToken cancellationToken)
    {
        var details = request.ToDetails();
        if (await products.IsSkuTakenAsync(details.Sku, exceptProductId: null, cancellationToken))
        {
            throw ProductFieldsExtensions.SkuTaken(details.Sku);
        }

        var product = Product.Create(Guid.CreateVersion7(), details, clock.GetUtcNow());
        products.Add(product);
        return await mapping.ToDtoAsync(product, cancellationToken);
    }
}
