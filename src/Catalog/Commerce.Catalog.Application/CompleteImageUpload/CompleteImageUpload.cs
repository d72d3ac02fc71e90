using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Products;

namespace Commerce.Catalog.Application.CompleteImageUpload;

/// <summary>The client says the original is uploaded: once the store has it, the image goes to the processor.</summary>
public sealed record CompleteImageUpload(Guid ProductId, Guid ImageId) : ICommand<ProductImageDto>;
