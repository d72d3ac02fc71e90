using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.PlaceOrder;

internal sealed class PlaceOrderHandler(OrderPlacement placement) : IRequestHandler<PlaceOrder, OrderAccepted>
{
    public Task<OrderAccepted> Handle(PlaceOrder request, CancellationToken cancellationToken)
    {
        var (buyer, address) = (request.Buyer!, request.ShippingAddress!);
        return placement.PlaceAsync(request.UserName, () => (
            Buyer.Create(buyer.FirstName, buyer.LastName, buyer.Email),
            ShippingAddress.Create(address.Street, address.City, address.State, address.ZipCode, address.Country),
            PaymentMethod.Token(request.Payment!.PaymentMethodId!)), cancellationToken);
    }
}
