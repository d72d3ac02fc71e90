using Commerce.Ordering.Application.PlaceLegacyOrder;

namespace Commerce.Ordering.Api.Compatibility;

/// <summary>
/// The old shop's <c>cardInfo</c>: a bare card number with no expiry or security code, which it never charged. Read
/// here, at the edge, into what the shop keeps (brand and last four); the number goes no further.
/// </summary>
internal static class LegacyCardInfo
{
    /// <returns>Null when it is not 4 to 19 digits (spaces and dashes aside).</returns>
    public static LegacyCard? Read(string? cardInfo)
    {
        var digits = new string((cardInfo ?? string.Empty).Where(c => c is not (' ' or '-')).ToArray());
        return digits.Length is < 4 or > 19 || !digits.All(char.IsAsciiDigit)
            ? null
            : new LegacyCard(digits.Length >= 12 ? BrandOf(digits) : "Card", digits[^4..]);
    }

    private static string BrandOf(string digits)
    {
        var prefix2 = int.Parse(digits[..2], System.Globalization.CultureInfo.InvariantCulture);
        var prefix4 = int.Parse(digits[..4], System.Globalization.CultureInfo.InvariantCulture);
        return digits[0] switch
        {
            '4' => "Visa",
            _ when prefix2 is >= 51 and <= 55 || prefix4 is >= 2221 and <= 2720 => "Mastercard",
            _ when prefix2 is 34 or 37 => "American Express",
            _ when prefix4 == 6011 || prefix2 == 65 => "Discover",
            _ => "Card",
        };
    }
}
