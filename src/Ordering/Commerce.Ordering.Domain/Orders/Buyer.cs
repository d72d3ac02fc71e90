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
}
