using Commerce.BuildingBlocks.Domain;

namespace Commerce.Ordering.Domain.Orders;

/// <summary>
/// How an order is paid, as far as the shop keeps it: the card's brand and last four digits. The full number and
/// the security code are checked here and go no further: no event, document or log ever holds them.
/// </summary>
/// <param name="Method">The payment method as a client of the old serverless shop named it (its <c>paymentMethod</c>).</param>
public sealed record PaymentMethod(string CardBrand, string CardLast4, string? Method = null)
{
    public const int MaxMethodLength = 40;

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

    public static PaymentMethod FromCard(string? cardNumber, int expiryMonth, int expiryYear, string? securityCode, DateTimeOffset now)
    {
        var digits = WithoutSeparators(cardNumber);
        if (digits.Length is < 12 or > 19 || !digits.All(char.IsAsciiDigit) || !PassesLuhn(digits))
        {
            throw new InvalidValueException("payment.cardNumber", "invalid_card_number", "The card number is not valid.");
        }

        if (securityCode is null || securityCode.Length is < 3 or > 4 || !securityCode.All(char.IsAsciiDigit))
        {
            throw new InvalidValueException("payment.securityCode", "invalid_security_code", "The security code must be 3 or 4 digits.");
        }

        if (expiryMonth is < 1 or > 12 || expiryYear < now.Year || (expiryYear == now.Year && expiryMonth < now.Month) || expiryYear > now.Year + 20)
        {
            throw new InvalidValueException("payment.expiryMonth", "card_expired", "The card has expired or its expiry date is not valid.");
        }

        return new PaymentMethod(BrandOf(digits), digits[^4..]);
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

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
