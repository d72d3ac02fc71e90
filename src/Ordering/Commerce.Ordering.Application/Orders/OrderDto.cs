using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.Application.Orders;

/// <summary>
/// <param name="CancellationCode">payment_declined, out_of_stock, timed_out, cancelled_by_customer, cancelled_by_staff or payment_expired.</param>
/// <param name="PaymentStatus">Where the payment stands, as Payments last told.</param>
/// <param name="PaymentDueBy">PaymentExpired: when the order is cancelled unless staff act first.</param>
/// <param name="DisputeStatus">Null while nobody disputes the payment; <c>open</c>, then the dispute's outcome (<c>won</c>, <c>lost</c>…).</param>
/// An order as this API answers it: its own records, mapped field by field from the stored view, so a rename in the
/// domain or the read model changes no response without the mapping (and the committed OpenAPI contract) saying so.
/// </summary>
public sealed record OrderDto(
    Guid Id,
    long Version,
    string UserName,
    OrderStatus Status,
    IReadOnlyList<OrderLineDto> Lines,
    OrderTotalsDto Totals,
    BuyerDto Buyer,
    ShippingAddressDto ShippingAddress,
    PaymentDto Payment,
    DateTimeOffset PlacedAt,
    DateTimeOffset? StockReservedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? ShippedAt,
    string? TrackingNumber,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? CancelledAt,
    string? CancellationReason,
    string? CancellationCode,
    PaymentStatus PaymentStatus,
    decimal AmountAuthorized,
    decimal AmountCaptured,
    decimal AmountRefunded,
    DateTimeOffset? PaymentDueBy,
    string? DisputeStatus,
    DateTimeOffset UpdatedAt)
{
    public static OrderDto From(OrderView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new OrderDto(
            view.Id,
            view.Version,
            view.UserName,
            view.Status,
            [.. view.Lines.Select(l => new OrderLineDto(l.ProductId, l.ProductName, l.UnitPrice, l.Quantity, l.Color, l.LineTotal))],
            new OrderTotalsDto(view.Totals.ItemCount, view.Totals.Subtotal, view.Totals.Total, view.Totals.Currency),
            new BuyerDto(view.Buyer.FirstName, view.Buyer.LastName, view.Buyer.Email),
            new ShippingAddressDto(view.ShippingAddress.Street, view.ShippingAddress.City, view.ShippingAddress.State, view.ShippingAddress.ZipCode, view.ShippingAddress.Country),
            new PaymentDto(view.Payment.CardBrand, view.Payment.CardLast4, view.Payment.Method, view.ReceiptUrl,
                view.PaymentClientSecret is { } secret ? new PaymentNextActionDto(PaymentNextActionDto.ProviderChallenge, secret) : null),
            view.PlacedAt,
            view.StockReservedAt,
            view.ConfirmedAt,
            view.ShippedAt,
            view.TrackingNumber,
            view.DeliveredAt,
            view.CancelledAt,
            view.CancellationReason,
            view.CancellationCode,
            view.PaymentStanding.Status,
            view.PaymentStanding.AmountAuthorized,
            view.PaymentStanding.AmountCaptured,
            view.PaymentStanding.AmountRefunded,
            view.PaymentDueBy,
            view.DisputeStatus,
            view.UpdatedAt);
    }
}

/// <summary>One product of the order, at the price it had at checkout.</summary>
/// <param name="Color">The colour the shopper chose, when the product comes in several.</param>
public sealed record OrderLineDto(Guid ProductId, string ProductName, decimal UnitPrice, int Quantity, string? Color, decimal LineTotal);

/// <summary>What the order costs. No shipping or tax is charged yet, so the total is the subtotal.</summary>
public sealed record OrderTotalsDto(int ItemCount, decimal Subtotal, decimal Total, string Currency);

public sealed record BuyerDto(string FirstName, string LastName, string Email);

/// <summary>Where the order goes; <c>state</c> is empty where a country has none, and an address the old shop's clients
/// sent as one line is all in <c>street</c>.</summary>
public sealed record ShippingAddressDto(string Street, string City, string State, string ZipCode, string Country);

/// <summary>How the order is paid: the card's brand and last four digits as the provider reported them (null until it
/// has), never more.</summary>
/// <param name="Method">The payment method as a client of the old serverless shop named it (its <c>paymentMethod</c>).</param>
/// <param name="ReceiptUrl">The payment provider's receipt page for the buyer, once authorized; null where it has none.</param>
/// <param name="NextAction">What the buyer must do before the payment is decided (a 3-D Secure challenge); null otherwise.</param>
public sealed record PaymentDto(string? CardBrand, string? CardLast4, string? Method, string? ReceiptUrl = null, PaymentNextActionDto? NextAction = null);

/// <summary>The buyer's browser completes the provider's challenge with <paramref name="ClientSecret"/> (Stripe.js:
/// <c>stripe.handleNextAction({ clientSecret })</c>); the provider's webhook then decides the payment.</summary>
public sealed record PaymentNextActionDto(string Type, string ClientSecret)
{
    public const string ProviderChallenge = "complete_provider_challenge";
}
