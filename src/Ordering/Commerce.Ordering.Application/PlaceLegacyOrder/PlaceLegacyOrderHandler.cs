using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.PlaceLegacyOrder;

internal sealed class PlaceLegacyOrderHandler(OrderPlacement placement) : IRequestHandler<PlaceLegacyOrder, OrderAccepted>
{
    public Task<OrderAccepted> Handle(PlaceLegacyOrder request, CancellationToken cancellationToken) =>
        placement.PlaceAsync(request.UserName, () => (
            Buyer.Create(request.FirstName, request.LastName, request.Email, emailProven: request.EnteredByStaff),
            ShippingAddress.Unstructured(request.Address),
            PaymentMethod.Offline(request.Card!.Brand, request.Card.Last4, request.PaymentMethod)), cancellationToken);
}
