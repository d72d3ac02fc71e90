using System.Text.Json;
using Commerce.BuildingBlocks.Application.Idempotency;
using Commerce.BuildingBlocks.Application.Messaging;

namespace Commerce.Ordering.Application.PlaceOrder;

/// <summary>Checks out a user's basket: the order is placed and the basket emptied, atomically.</summary>
public sealed record PlaceOrder(
    string UserName,
    BuyerInput? Buyer,
    AddressInput? ShippingAddress,
    CardInput? Payment,
    string? IdempotencyKey = null) : ICommand<OrderAccepted>, IIdempotentCommand
{
    public string IdempotencyScope => UserName;

    /// <remarks>The card enters the fingerprint only as it is kept (last four digits), never in full.</remarks>
    public string Fingerprint() => JsonSerializer.Serialize(new
    {
        UserName,
        Buyer,
        ShippingAddress,
        Card = Payment is null ? null : new { Payment.Last4, Payment.ExpiryMonth, Payment.ExpiryYear },
    });
}

public sealed record BuyerInput(string? FirstName, string? LastName, string? Email);

public sealed record AddressInput(string? Street, string? City, string? State, string? ZipCode, string? Country);

/// <summary>The card as the client sends it. Its number and security code never leave the request.</summary>
public sealed record CardInput(string? CardNumber, int? ExpiryMonth, int? ExpiryYear, string? SecurityCode)
{
    public string? Last4 => CardNumber is { Length: >= 4 } number ? number[^4..] : null;

    // A record prints every member; this one must not, should it ever reach a log or an exception message.
    public override string ToString() => $"CardInput {{ CardNumber = ****{Last4}, ExpiryMonth = {ExpiryMonth}, ExpiryYear = {ExpiryYear} }}";
}

public sealed record OrderAccepted(Guid OrderId, string Status, DateTimeOffset PlacedAt);
