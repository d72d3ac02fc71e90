using Commerce.BuildingBlocks.Domain;

namespace Commerce.Ordering.Domain.Orders;

/// <summary>Who placed the order. <see cref="Create"/> checks the values; the constructor replays stored events as they were.</summary>
/// <param name="EmailUnproven">The address was typed by the caller, who proved nothing of it: it stays on the order for
/// staff, and the shop mails it nothing (<see cref="Recipient"/>), so nobody makes the shop mail a stranger. False in
/// events stored before it was kept, whose addresses were mailed.</param>
public sealed record Buyer(string FirstName, string LastName, string Email, bool EmailUnproven = false)
{
    public const int MaxNameLength = 100;

    /// <param name="emailProven">The caller's token states the address, or staff entered it.</param>
    public static Buyer Create(string? firstName, string? lastName, string? email, bool emailProven)
    {
        var address = EmailAddress.Required(email);
        return new Buyer(OneLineText.Required(firstName, "first_name", MaxNameLength), OneLineText.Required(lastName, "last_name", MaxNameLength), address, !emailProven);
    }

    /// <summary>Where the order's emails go: null when the address proved nothing.</summary>
    public string? Recipient() => EmailUnproven ? null : Email;

    /// <summary>An account of the shop, known by one display name: its last word is the last name, the rest the first
    /// (a one-word name is a first name only).</summary>
    /// <param name="emailVerified">The account's address answered its verification code.</param>
    public static Buyer ForAccount(string displayName, string email, bool emailVerified)
    {
        var name = OneLineText.Required(displayName, "first_name", MaxNameLength);
        var split = name.LastIndexOf(' ');
        return split < 0
            ? new Buyer(name, string.Empty, EmailAddress.Required(email), !emailVerified)
            : new Buyer(name[..split].TrimEnd(), name[(split + 1)..], EmailAddress.Required(email), !emailVerified);
    }
}
