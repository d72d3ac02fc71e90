using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.PlaceOrder;

namespace Commerce.Ordering.Application.PlaceLegacyOrder;

/// <summary>
/// Checkout as the old serverless shop's clients send it, once its adapter (Api/Compatibility) has read their
/// request: a free-text address and the card as brand and last four digits. It places the order exactly as
/// <see cref="PlaceOrder.PlaceOrder"/> does; the payment is settled by the shop itself (docs/decisions/0008).
/// </summary>
/// <param name="Card">Null when the client's <c>cardInfo</c> was not a card number.</param>
/// <param name="EnteredByStaff">Staff placed it; otherwise the typed <paramref name="Email"/> is kept and never mailed.</param>
public sealed record PlaceLegacyOrder(
    string UserName,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Address,
    LegacyCard? Card,
    string? PaymentMethod,
    bool EnteredByStaff = false) : ICommand<OrderAccepted>;

/// <summary>What the shop keeps of an old client's card number.</summary>
public sealed record LegacyCard(string Brand, string Last4);
