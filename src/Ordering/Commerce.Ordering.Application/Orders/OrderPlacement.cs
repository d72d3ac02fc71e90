using Commerce.Basket.Contracts;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Application.CheckoutDeadline;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.Orders;

/// <summary>
/// The one checkout every route goes through: take the basket (emptied in this unit of work), start the order's
/// stream, publish <c>OrderPlaced</c> through the outbox and schedule the checkout's deadline, all committed together.
/// </summary>
internal sealed class OrderPlacement(
    IBasketCheckout baskets, IOrderRepository orders, IIntegrationEvents events, IScheduledMessages scheduled, OrderingOptions options, TimeProvider clock)
{
    public async Task<OrderAccepted> PlaceAsync(
        string userName, Func<(Buyer Buyer, ShippingAddress Address, PaymentMethod Payment)> details, CancellationToken cancellationToken)
    {
        var basket = await baskets.TakeAsync(userName, cancellationToken)
            ?? throw new DomainException("basket_empty", "The basket is empty: add products before checking out.");
        var now = clock.GetUtcNow();
        var (buyer, address, payment) = details();
        var placed = Order.Place(
            Guid.CreateVersion7(),
            basket.UserName,
            [.. basket.Lines.Select(l => new OrderLine(l.ProductId, l.ProductName, l.UnitPrice, l.Quantity, l.Color))],
            basket.Currency,
            buyer,
            address,
            payment,
            now);
        orders.Start(placed);
        await events.PublishAsync(IntegrationEventsOf.Placed(placed), cancellationToken);
        await scheduled.ScheduleAsync(new CheckoutDeadlinePassed(placed.OrderId, options.CheckoutTimeout), now + options.CheckoutTimeout, cancellationToken);
        return new OrderAccepted(placed.OrderId, nameof(OrderStatus.Pending), placed.PlacedAt);
    }
}
