using Commerce.BuildingBlocks.Domain;

namespace Commerce.Ordering.Domain.Orders;

/// <summary>
/// Where the order goes; <c>State</c> is empty where a country has none. <see cref="Create"/> checks the values;
/// the constructor replays stored events as they were, so a rule tightened later never makes history unreadable.
/// </summary>
public sealed record ShippingAddress(string Street, string City, string State, string ZipCode, string Country)
{
    public const int MaxSingleLineLength = 500;

    /// <summary>Checked by the shop's one address rule (<see cref="PostalAddress"/>).</summary>
    public static ShippingAddress Create(string? street, string? city, string? state, string? zipCode, string? country)
    {
        var address = PostalAddress.Create(street, city, state, zipCode, country);
        return new(address.Street, address.City, address.State, address.ZipCode, address.Country);
    }

    /// <summary>An address the buyer gave as free text, not in parts: it is all in <see cref="Street"/>.</summary>
    public static ShippingAddress Unstructured(string? address) =>
        new(OneLineText.Required(address, "address", MaxSingleLineLength), string.Empty, string.Empty, string.Empty, string.Empty);

    /// <summary>The address as one line: its parts that are set, in order.</summary>
    public string OneLine() =>
        string.Join(", ", new[] { Street, City, string.Join(' ', new[] { State, ZipCode }.Where(p => p.Length > 0)), Country }.Where(p => p.Length > 0));
}
