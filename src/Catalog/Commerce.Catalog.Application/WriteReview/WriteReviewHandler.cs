using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Reviews;
using Commerce.Catalog.Domain.Reviews;
using MediatR;

namespace Commerce.Catalog.Application.WriteReview;

internal sealed class WriteReviewHandler(IProductRepository products, IReviewRepository reviews, TimeProvider clock) : IRequestHandler<WriteReview, ReviewDto>
{
    public async Task<ReviewDto> Handle(WriteReview request, CancellationToken cancellationToken)
    {
        _ = await products.FindAsync(request.ProductId, cancellationToken) ?? throw new NotFoundException("Product", request.ProductId);
        await reviews.LockProductAsync(request.ProductId, cancellationToken);
        var written = Review.Write(
            Guid.CreateVersion7(), request.ProductId, request.UserName,
            await reviews.FindPurchaseAsync(request.ProductId, request.UserName, cancellationToken),
            await reviews.HasReviewedAsync(request.ProductId, request.UserName, cancellationToken),
            ReviewContent.Create(request.Rating!.Value, request.Title, request.Text),
            clock.GetUtcNow());
        reviews.Start(written);
        return ReviewDto.From(Review.From(written));
    }
}
