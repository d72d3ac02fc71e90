using Commerce.BuildingBlocks.Domain;

namespace Commerce.Ordering.Domain.Orders;

/// <summary>
/// How an order is paid, as far as the shop keeps it: the provider's token for the buyer's payment method (made by
/// the provider's library in the browser: card data never reaches the shop), and the card's brand and last four
/// digits once the provider reports them. An order of the old shop has no token (docs/decisions/0008).
/// </summary>
/// <param name="Method">The payment method as a client of the old serverless shop named it (its <c>paymentMethod</c>).</param>
/// <param name="PaymentMethodId">The provider's token (<c>pm_…</c>).</param>
public sealed record PaymentMethod(string? CardBrand, string? CardLast4, string? Method = null, string? PaymentMethodId = null)
{
    public const int MaxMethodLength = 40;

    public static PaymentMethod Token(string paymentMethodId) => new(null, null, PaymentMethodId: paymentMethodId);

    /// <summary>
    /// The old shop's checkout: a bare card number (<c>cardInfo</c>) and a method code, with no expiry or security
    /// code to check. The number must be 4 to 19 digits; only its last four are kept.
    /// </summary>
    public static PaymentMethod FromCardInfo(string? cardInfo, string? method)
    {
        var digits = WithoutSeparators(cardInfo);
        if (digits.Length is < 4 or > 19 || !digits.All(char.IsAsciiDigit))
        {
            throw new InvalidValueException("cardInfo", "invalid_card_number", "The card number must be 4 to 19 digits.");
        }

        var label = Text.Optional(method, "paymentMethod", MaxMethodLength);
        return new PaymentMethod(digits.Length >= 12 ? BrandOf(digits) : "Card", digits[^4..], label.Length == 0 ? null : label);
    }

    /// <summary>The number as typed, less the spaces and dashes people group digits with.</summary>
    private static string WithoutSeparators(string? number) => new((number ?? string.Empty).Where(c => c is not (' ' or '-')).ToArray());

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
