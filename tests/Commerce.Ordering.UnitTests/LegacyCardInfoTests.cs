using Commerce.Ordering.Api.Compatibility;
using Commerce.Ordering.Application.PlaceLegacyOrder;

namespace Commerce.Ordering.UnitTests;

/// <summary>The old shop's card number, read at the edge: only the brand and last four go on.</summary>
public class LegacyCardInfoTests
{
    [Theory]
    [InlineData("5554443322", "Card", "3322")]
    [InlineData("4111 1111 1111 1111", "Visa", "1111")]
    [InlineData("5555-5555-5555-4444", "Mastercard", "4444")]
    [InlineData("378282246310005", "American Express", "0005")]
    [InlineData("1234", "Card", "1234")]
    public void A_card_number_becomes_its_brand_and_last_four_digits(string cardInfo, string brand, string last4) =>
        LegacyCardInfo.Read(cardInfo).Should().Be(new LegacyCard(brand, last4));

    [Theory]
    [InlineData("123")]
    [InlineData("12345678901234567890")]
    [InlineData("5554-abcd")]
    [InlineData(null)]
    public void What_is_not_4_to_19_digits_is_no_card(string? cardInfo) =>
        LegacyCardInfo.Read(cardInfo).Should().BeNull();
}
