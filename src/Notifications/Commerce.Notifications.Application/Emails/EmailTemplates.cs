using System.Globalization;
using Commerce.Inventory.Contracts;
using Commerce.Notifications.Domain.Notifications;
using Commerce.Ordering.Contracts;

namespace Commerce.Notifications.Application.Emails;

/// <summary>The text of each email, one template per event.</summary>
internal static class EmailTemplates
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static (NotificationKind Kind, Guid? OrderId, string Subject, string Body) For(object integrationEvent) => integrationEvent switch
    {
        OrderPlaced e => (NotificationKind.OrderPlaced, e.OrderId, $"We received your order {Short(e.OrderId)}",
            $"Hello {e.BuyerName},\n\nThank you for your order {e.OrderId}, placed {e.PlacedAt:u}:\n\n"
            + string.Join("\n", e.Lines.Select(l => string.Create(Culture, $"  {l.Quantity} x {l.ProductName} at {l.UnitPrice:0.00} {e.Currency}")))
            + string.Create(Culture, $"\n\nTotal: {e.Total:0.00} {e.Currency}\n\nWe are checking our stock and will confirm shortly.\n")),
        OrderConfirmed e => (NotificationKind.OrderConfirmed, e.OrderId, $"Your order {Short(e.OrderId)} is confirmed",
            $"Good news: every item of order {e.OrderId} is reserved for you. We will tell you when it ships.\n"),
        OrderCancelled e => (NotificationKind.OrderCancelled, e.OrderId, $"Your order {Short(e.OrderId)} was cancelled",
            $"We are sorry: order {e.OrderId} was cancelled.\n\nReason: {e.Reason}\n\nYou have not been charged.\n"),
        OrderShipped e => (NotificationKind.OrderShipped, e.OrderId, $"Your order {Short(e.OrderId)} has shipped",
            $"Order {e.OrderId} is on its way. Tracking number: {e.TrackingNumber}\n"),
        OrderDelivered e => (NotificationKind.OrderDelivered, e.OrderId, $"Your order {Short(e.OrderId)} was delivered",
            $"Order {e.OrderId} was delivered on {e.DeliveredAt:u}. Enjoy!\n"),
        LowStock e => (NotificationKind.LowStock, null, $"Low stock: {e.ProductName ?? e.ProductId.ToString()}",
            $"Product {e.ProductName} ({e.ProductId}) has {e.Available} available, under its threshold of {e.Threshold}.\n"),
        _ => throw new ArgumentException($"No email for {integrationEvent.GetType().Name}.", nameof(integrationEvent)),
    };

    private static string Short(Guid orderId) => orderId.ToString("N")[..8].ToUpperInvariant();
}
