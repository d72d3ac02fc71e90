using Commerce.BuildingBlocks.Domain;

namespace Commerce.Ordering.Domain.Orders;

/// <summary>
/// Where the order goes; <c>State</c> is empty where a country has none. <see cref="Create"/> checks the values;
/// the constructor replays stored events as they were, so a rule tightened later never makes history unreadable.
/// </summary>
public sealed record ShippingAddress(string Street, string City, string State, string ZipCode, string Country)
{
    public const int MaxStreetLength = 200;
    public const int MaxCityLength = 100;
    public const int MaxStateLength = 100;
    public const int MaxZipCodeLength = 20;
    public const int MaxCountryLength = 100;
    public const int MaxSingleLineLength = 500;

    public static ShippingAddress Create(string? street, string? city, string? state, string? zipCode, string? country) =>
        new(OneLineText.Required(street, "street", MaxStreetLength),
            OneLineText.Required(city, "city", MaxCityLength),
            OneLineText.Optional(state, "state", MaxStateLength),
            OneLineText.Required(zipCode, "zip_code", MaxZipCodeLength),
            OneLineText.Required(country, "country", MaxCountryLength));

    /// <summary>An address the buyer gave as free text, not in parts: it is all in <see cref="Street"/>.</summary>
    public static ShippingAddress Unstructured(string? address) =>
        new(OneLineText.Required(address, "address", MaxSingleLineLength), string.Empty, string.Empty, string.Empty, string.Empty);

    /// <summary>The address as one line: its parts that are set, in order.</summary>
    public string OneLine() =>
        string.Join(", ", new[] { Street, City, string.Join(' ', new[] { State, ZipCode }.Where(p => p.Length > 0)), Country }.Where(p => p.Length > 0));
}
