using Commerce.BuildingBlocks.Domain;

namespace Commerce.Ordering.Domain.Orders;

/// <summary>Who placed the order. <see cref="Create"/> checks the values; the constructor replays stored events as they were.</summary>
public sealed record Buyer(string FirstName, string LastName, string Email)
{
    public const int MaxNameLength = 100;

    public static Buyer Create(string? firstName, string? lastName, string? email)
    {
        var address = EmailAddress.Required(email);
        return new Buyer(OneLineText.Required(firstName, "first_name", MaxNameLength), OneLineText.Required(lastName, "last_name", MaxNameLength), address);
    }

    /// <summary>An account of the shop, known by one display name: its last word is the last name, the rest the first
    /// (a one-word name is a first name only).</summary>
    public static Buyer ForAccount(string displayName, string email)
    {
        var name = OneLineText.Required(displayName, "first_name", MaxNameLength);
        var split = name.LastIndexOf(' ');
        return split < 0
            ? new Buyer(name, string.Empty, EmailAddress.Required(email))
            : new Buyer(name[..split].TrimEnd(), name[(split + 1)..], EmailAddress.Required(email));
    }
}
