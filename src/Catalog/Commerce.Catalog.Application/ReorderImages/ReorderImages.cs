using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Products;
using FluentValidation;

namespace Commerce.Catalog.Application.ReorderImages;

/// <param name="ImageIds">Every image of the product, once each, in the order to show them.</param>
/// <param name="ExpectedVersion">The version the client read (If-Match); null reorders whatever version it is at.</param>
public sealed record ReorderImages(Guid ProductId, IReadOnlyList<Guid>? ImageIds, long? ExpectedVersion = null) : ICommand<ProductDto>;

internal sealed class ReorderImagesValidator : AbstractValidator<ReorderImages>
{
    public ReorderImagesValidator()
    {
        RuleFor(x => x.ImageIds).NotNull();
    }
}
