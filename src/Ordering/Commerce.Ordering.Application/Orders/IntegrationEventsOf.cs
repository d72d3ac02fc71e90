using Commerce.Ordering.Domain.Orders;
using Contract = Commerce.Ordering.Contracts;

namespace Commerce.Ordering.Application.Orders;

/// <summary>What other contexts are told about an order event: the contract, with what they need and no more.</summary>
internal static class IntegrationEventsOf
{
    public static Contract.OrderPlaced Placed(OrderPlaced placed) => new(
        placed.OrderId,
        placed.UserName,
        BuyerName(placed.Buyer),
        placed.Buyer.Recipient(),
        [.. placed.Lines.Select(l => new Contract.OrderedProduct(l.ProductId, l.ProductName, l.UnitPrice, l.Quantity))],
        placed.Totals.Total,
        placed.Totals.Currency,
        placed.PlacedAt,
        placed.Payment.PaymentMethodId);

    /// <returns>Null for what stays inside Ordering.</returns>
    public static object? Decided(Order order, object decided) => decided switch
    {
        OrderStockReserved or IPaymentFact => null,
        OrderConfirmed e => new Contract.OrderConfirmed(order.Id, order.Buyer.Recipient(), e.ConfirmedAt, order.ReceiptUrl),
        OrderShipped e => new Contract.OrderShipped(order.Id, order.Buyer.Recipient(), e.TrackingNumber, e.ShippedAt),
        OrderDelivered e => new Contract.OrderDelivered(order.Id, order.Buyer.Recipient(), e.DeliveredAt, order.UserName, BuyerName(order.Buyer), order.ProductIds),
        OrderPaymentLapsed e => new Contract.OrderPaymentExpired(order.Id, order.Buyer.Email, order.Totals.Total, order.Totals.Currency, e.CancelAt, e.LapsedAt),
        OrderCancelled e => new Contract.OrderCancelled(order.Id, order.Buyer.Recipient(), e.Reason, e.CancelledAt, e.ReasonCode),
        _ => throw new ArgumentException($"No integration event for {decided.GetType().Name}.", nameof(decided)),
    };

    private static string BuyerName(Buyer buyer) => $"{buyer.FirstName} {buyer.LastName}".Trim();
}
