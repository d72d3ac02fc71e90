using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.UnitTests;

public class PaymentAndBuyerTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 0, 0, 0, TimeSpan.Zero);

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
