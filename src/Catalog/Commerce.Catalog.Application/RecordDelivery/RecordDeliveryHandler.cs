using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Reviews;
using MediatR;

namespace Commerce.Catalog.Application.RecordDelivery;

internal sealed class RecordDeliveryHandler(IReviewRepository reviews) : IRequestHandler<RecordDelivery, Unit>
{
    public Task<Unit> Handle(RecordDelivery request, CancellationToken cancellationToken)
    {
        foreach (var productId in request.ProductIds.Distinct())
        {
            reviews.Record(DeliveredPurchase.Of(productId, request.UserName, request.BuyerName, request.OrderId, request.DeliveredAt));
        }

        return Task.FromResult(Unit.Value);
    }
}
