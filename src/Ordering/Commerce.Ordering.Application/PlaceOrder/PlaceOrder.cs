using System.Text.Json;
using Commerce.BuildingBlocks.Application.Idempotency;
using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.Ordering.Application.PlaceOrder;

/// <summary>Checks out a user's basket: the order is placed and the basket emptied, atomically.</summary>
/// <param name="Buyer">Who orders, for a user with no account here; an account checks out as itself (<see cref="CheckoutParty"/>).</param>
/// <param name="ShippingAddressId">One of the account's saved addresses, instead of <paramref name="ShippingAddress"/>.</param>
/// <param name="TokenEmail">The email the caller's token states, if any: it wins over the one typed in <paramref name="Buyer"/>.</param>
/// <param name="EnteredByStaff">Staff check out for the buyer (an order taken by phone): the address they type is mailed.</param>
public sealed record PlaceOrder(
    string UserName,
    BuyerInput? Buyer,
    AddressInput? ShippingAddress,
    PaymentInput? Payment,
    string? IdempotencyKey = null,
    Guid? ShippingAddressId = null,
    string? TokenEmail = null,
    bool EnteredByStaff = false) : ICommand<OrderAccepted>, IIdempotentCommand
{
    public string IdempotencyScope => UserName;

    public string Fingerprint() => JsonSerializer.Serialize(new { UserName, Buyer, ShippingAddress, Payment, ShippingAddressId });
}

public sealed record BuyerInput(string? FirstName, string? LastName, string? Email);

public sealed record AddressInput(string? Street, string? City, string? State, string? ZipCode, string? Country);

/// <summary>How the buyer pays: the provider's token for their payment method, made by the provider's library in the
/// browser (Stripe's <c>pm_…</c>). Card numbers never reach the shop.</summary>
public sealed record PaymentInput(string? PaymentMethodId);

public sealed record OrderAccepted(Guid OrderId, string Status, DateTimeOffset PlacedAt);
