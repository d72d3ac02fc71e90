namespace Commerce.BuildingBlocks.Domain;

/// <summary>
/// A postal address in parts; <see cref="State"/> is empty where a country has none. The limits are the shop's one
/// rule for addresses, read by an order's shipping address and an account's address book alike.
/// </summary>
public sealed record PostalAddress(string Street, string City, string State, string ZipCode, string Country)
{
    public const int MaxStreetLength = 200;
    public const int MaxCityLength = 100;
    public const int MaxStateLength = 100;
    public const int MaxZipCodeLength = 20;
    public const int MaxCountryLength = 100;

    /// <summary>Refused with <c>{part}_required</c>, <c>{part}_too_long</c> or <c>{part}_control_characters</c>.</summary>
    public static PostalAddress Create(string? street, string? city, string? state, string? zipCode, string? country) =>
        new(OneLineText.Required(street, "street", MaxStreetLength),
            OneLineText.Required(city, "city", MaxCityLength),
            OneLineText.Optional(state, "state", MaxStateLength),
            OneLineText.Required(zipCode, "zip_code", MaxZipCodeLength),
            OneLineText.Required(country, "country", MaxCountryLength));
}
