using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.PlaceOrder;

internal sealed class PlaceOrderHandler(OrderPlacement placement) : IRequestHandler<PlaceOrder, OrderAccepted>
{
    public Task<OrderAccepted> Handle(PlaceOrder request, CancellationToken cancellationToken)
    {
        var (buyer, address, card) = (request.Buyer!, request.ShippingAddress!, request.Payment!);
        return placement.PlaceAsync(request.UserName, now => (
            Buyer.Create(buyer.FirstName, buyer.LastName, buyer.Email),
            ShippingAddress.Create(address.Street, address.City, address.State, address.ZipCode, address.Country),
            PaymentMethod.FromCard(card.CardNumber, card.ExpiryMonth!.Value, card.ExpiryYear!.Value, card.SecurityCode, now)), cancellationToken);
    }
}
