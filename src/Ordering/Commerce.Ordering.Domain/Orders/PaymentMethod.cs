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
    public const int MaxBrandLength = 40;

    public static PaymentMethod Token(string paymentMethodId) => new(null, null, PaymentMethodId: paymentMethodId);

    /// <summary>
    /// A payment the shop settles without a provider (an order of the old shop, docs/decisions/0008): the card's brand
    /// and last four digits as the client gave them, and the client's name for the method.
    /// </summary>
    public static PaymentMethod Offline(string cardBrand, string cardLast4, string? method)
    {
        if (cardLast4 is not { Length: 4 } || !cardLast4.All(char.IsAsciiDigit))
        {
            throw new InvalidValueException("invalid_card_last4", "The card's last four digits are four digits.");
        }

        var label = OneLineText.Optional(method, "payment_method", MaxMethodLength);
        return new PaymentMethod(OneLineText.Required(cardBrand, "card_brand", MaxBrandLength), cardLast4, label.Length == 0 ? null : label);
    }
}
