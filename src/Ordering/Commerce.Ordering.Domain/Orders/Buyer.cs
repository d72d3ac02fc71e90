using System.Net.Mail;
using Commerce.BuildingBlocks.Domain;

namespace Commerce.Ordering.Domain.Orders;

/// <summary>Who placed the order. <see cref="Create"/> checks the values; the constructor replays stored events as they were.</summary>
public sealed record Buyer(string FirstName, string LastName, string Email)
{
    public const int MaxNameLength = 100;

    /// <summary>The longest address SMTP carries (RFC 5321's path limit less its angle brackets).</summary>
    public const int MaxEmailLength = 254;

    public static Buyer Create(string? firstName, string? lastName, string? email)
    {
        var address = OneLineText.Required(email, "email", MaxEmailLength);
        if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address || !parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            throw new InvalidValueException("invalid_email", "The email address is not valid.");
        }

        return new Buyer(OneLineText.Required(firstName, "first_name", MaxNameLength), OneLineText.Required(lastName, "last_name", MaxNameLength), address);
    }
}
