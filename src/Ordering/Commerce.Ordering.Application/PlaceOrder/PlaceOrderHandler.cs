using Commerce.Basket.Contracts;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;
using MediatR;

namespace Commerce.Ordering.Application.PlaceOrder;

internal sealed class PlaceOrderHandler(IBasketCheckout baskets, IOrderRepository orders, IIntegrationEvents events, TimeProvider clock)
    : IRequestHandler<PlaceOrder, OrderAccepted>
{
    public async Task<OrderAccepted> Handle(PlaceOrder request, CancellationToken cancellationToken)
    {
        var basket = await baskets.TakeAsync(request.UserName, cancellationToken)
            ?? throw new DomainException("basket_empty", "The basket is empty: add products before checking out.");
        var (buyer, address, card) = (request.Buyer!, request.ShippingAddress!, request.Payment!);
        var now = clock.GetUtcNow();

        var placed = Order.Place(
            Guid.CreateVersion7(),
            basket.UserName,
            [.. basket.Lines.Select(l => new OrderLine(l.ProductId, l.ProductName, l.UnitPrice, l.Quantity))],
            basket.Currency,
            Buyer.Create(buyer.FirstName, buyer.LastName, buyer.Email),
            ShippingAddress.Create(address.Street, address.City, address.State, address.ZipCode, address.Country),
            PaymentMethod.FromCard(card.CardNumber, card.ExpiryMonth!.Value, card.ExpiryYear!.Value, card.SecurityCode, now),
            now);
        orders.Start(placed);
        await events.PublishAsync(IntegrationEventsOf.Placed(placed), cancellationToken);
        return new OrderAccepted(placed.OrderId, nameof(OrderStatus.Pending), placed.PlacedAt);
    }
}
