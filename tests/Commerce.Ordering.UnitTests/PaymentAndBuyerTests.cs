using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.UnitTests;

public class PaymentAndBuyerTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("4111 1111 1111 1111", "Visa", "1111")]
    [InlineData("5555-5555-5555-4444", "Mastercard", "4444")]
    [InlineData("2223003122003222", "Mastercard", "3222")]
    [InlineData("378282246310005", "American Express", "0005")]
    [InlineData("6011111111111117", "Discover", "1117")]
    public void Only_brand_and_last_four_digits_are_kept(string number, string brand, string last4) =>
        PaymentMethod.FromCard(number, 12, 2030, "123", Now).Should().Be(new PaymentMethod(brand, last4));

    [Theory]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("1234")]
    [InlineData("4111-1111-abcd-1111")]
    [InlineData(null)]
    public void A_number_that_fails_the_checksum_or_format_is_refused(string? number) =>
        ((Action)(() => PaymentMethod.FromCard(number, 12, 2030, "123", Now))).Should().Throw<InvalidValueException>()
            .Which.Field.Should().Be("payment.cardNumber");

    [Theory]
    [InlineData(5, 2026)]
    [InlineData(12, 2025)]
    [InlineData(13, 2030)]
    [InlineData(1, 2099)]
    public void An_expired_or_impossible_expiry_is_refused(int month, int year) =>
        ((Action)(() => PaymentMethod.FromCard("4111111111111111", month, year, "123", Now))).Should().Throw<InvalidValueException>()
            .Which.Code.Should().Be("card_expired");

    [Fact]
    public void A_card_expiring_this_month_is_still_valid() =>
        PaymentMethod.FromCard("4111111111111111", 6, 2026, "123", Now).CardLast4.Should().Be("1111");

    [Theory]
    [InlineData("12")]
    [InlineData("12345")]
    [InlineData("12a")]
    public void The_security_code_must_be_three_or_four_digits(string code) =>
        ((Action)(() => PaymentMethod.FromCard("4111111111111111", 12, 2030, code, Now))).Should().Throw<InvalidValueException>()
            .Which.Field.Should().Be("payment.securityCode");

    [Fact]
    public void Names_and_address_lines_are_one_line_of_printable_text()
    {
        Refusal(() => Buyer.Create("Ada\nDear customer, claim your prize", "Lovelace", "ada@example.com"))
            .Should().BeEquivalentTo(new { Field = "buyer.firstName", Code = "control_characters" });
        Refusal(() => Buyer.Create("Ada", "Love\u0007lace", "ada@example.com")).Field.Should().Be("buyer.lastName");
        Refusal(() => ShippingAddress.Create("1 Way\r\n2 Other Way", "London", null, "N1", "UK")).Field.Should().Be("shippingAddress.street");
        Refusal(() => ShippingAddress.SingleLine("1 Way\nLondon")).Field.Should().Be("address");
    }

    private static InvalidValueException Refusal(Action create) => create.Should().Throw<InvalidValueException>().Which;

    [Theory]
    [InlineData("ada@example.com", true)]
    [InlineData("Ada <ada@example.com>", false)]
    [InlineData("ada@localhost", false)]
    [InlineData("not an email", false)]
    public void Buyer_emails_must_be_plain_addresses(string email, bool valid)
    {
        var act = () => Buyer.Create("Ada", "Lovelace", email);

        if (valid)
        {
            act().Email.Should().Be(email);
        }
        else
        {
            act.Should().Throw<InvalidValueException>().Which.Field.Should().Be("buyer.email");
        }
    }

    [Fact]
    public void Address_fields_are_trimmed_and_state_is_optional()
    {
        var address = ShippingAddress.Create(" 1 Way ", "London", null, " N1 ", "UK");

        address.Should().Be(new ShippingAddress("1 Way", "London", "", "N1", "UK"));
    }

    [Theory]
    [InlineData("5554443322", "1", "Card", "3322", "1")]
    [InlineData("4111 1111 1111 1111", "card", "Visa", "1111", "card")]
    [InlineData("1234", null, "Card", "1234", null)]
    public void The_old_shops_card_info_keeps_only_its_last_four_digits_and_the_method(
        string cardInfo, string? method, string brand, string last4, string? keptMethod) =>
        PaymentMethod.FromCardInfo(cardInfo, method).Should().Be(new PaymentMethod(brand, last4, keptMethod));

    [Theory]
    [InlineData("123")]
    [InlineData("12345678901234567890")]
    [InlineData("5554-abcd")]
    [InlineData(null)]
    public void Old_card_info_that_is_not_4_to_19_digits_is_refused(string? cardInfo) =>
        ((Action)(() => PaymentMethod.FromCardInfo(cardInfo, "1"))).Should().Throw<InvalidValueException>().Which.Field.Should().Be("cardInfo");

    [Fact]
    public void A_one_line_address_is_kept_whole_and_a_structured_one_reads_as_one_line()
    {
        ShippingAddress.SingleLine("  istanbul  ").OneLine().Should().Be("istanbul");
        ShippingAddress.Create("1 Analytical Way", "London", "", "N1 9GU", "UK").OneLine().Should().Be("1 Analytical Way, London, N1 9GU, UK");
        ShippingAddress.Create("1 Main St", "Springfield", "IL", "62701", "US").OneLine().Should().Be("1 Main St, Springfield, IL 62701, US");
        ((Action)(() => ShippingAddress.SingleLine(" "))).Should().Throw<InvalidValueException>().Which.Field.Should().Be("address");
    }
}
