using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.PlaceOrder;

namespace Commerce.Ordering.Application.PlaceLegacyOrder;

/// <summary>
/// Checkout as the old serverless shop's clients send it: a one-line address and a bare card number. It places the
/// order exactly as <see cref="PlaceOrder.PlaceOrder"/> does; only the payment and address checks are the old ones.
/// </summary>
public sealed record PlaceLegacyOrder(
    string UserName,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Address,
    string? CardInfo,
    string? PaymentMethod) : ICommand<OrderAccepted>
{
    public override string ToString() => $"PlaceLegacyOrder {{ UserName = {UserName}, CardInfo = ****{(CardInfo is { Length: >= 4 } card ? card[^4..] : null)} }}";
}
