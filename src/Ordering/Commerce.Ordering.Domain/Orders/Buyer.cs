using System.Net.Mail;
using Commerce.BuildingBlocks.Domain;

namespace Commerce.Ordering.Domain.Orders;

/// <summary>Who placed the order. <see cref="Create"/> checks the values; the constructor replays stored events as they were.</summary>
public sealed record Buyer(string FirstName, string LastName, string Email)
{
    public static Buyer Create(string? firstName, string? lastName, string? email)
    {
        var address = Text.Required(email, "buyer.email", 254);
        if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address || !parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            throw new InvalidValueException("buyer.email", "invalid_email", "The email address is not valid.");
        }

        return new Buyer(Text.Required(firstName, "buyer.firstName", 100), Text.Required(lastName, "buyer.lastName", 100), address);
    }
}
