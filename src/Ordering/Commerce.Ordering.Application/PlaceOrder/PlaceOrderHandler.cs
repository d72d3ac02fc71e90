using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.PlaceOrder;

internal sealed class PlaceOrderHandler(CheckoutParty party, OrderPlacement placement) : IRequestHandler<PlaceOrder, OrderAccepted>
{
    public async Task<OrderAccepted> Handle(PlaceOrder request, CancellationToken cancellationToken)
    {
        var (buyer, address) = await party.ResolveAsync(request, cancellationToken);
        return await placement.PlaceAsync(request.UserName, () => (buyer, address, PaymentMethod.Token(request.Payment!.PaymentMethodId!)), cancellationToken);
    }
}
