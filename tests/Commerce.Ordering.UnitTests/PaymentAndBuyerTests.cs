using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.UnitTests;

public class PaymentAndBuyerTests
{
    [Fact]
    public void Names_and_address_lines_are_one_line_of_printable_text_refused_with_codes_not_field_names()
    {
        Refusal(() => Buyer.Create("Ada\nDear customer, claim your prize", "Lovelace", "ada@example.com", emailProven: true)).Code.Should().Be("first_name_control_characters");
        Refusal(() => Buyer.Create("Ada", "Love\u0007lace", "ada@example.com", emailProven: true)).Code.Should().Be("last_name_control_characters");
        Refusal(() => ShippingAddress.Create("1 Way\r\n2 Other Way", "London", null, "N1", "UK")).Code.Should().Be("street_control_characters");
        Refusal(() => ShippingAddress.Unstructured("1 Way\nLondon")).Code.Should().Be("address_control_characters");
    }

    private static InvalidValueException Refusal(Action create) => create.Should().Throw<InvalidValueException>().Which;

    [Theory]
    [InlineData("ada@example.com", true)]
    [InlineData("Ada <ada@example.com>", false)]
    [InlineData("ada@localhost", false)]
    [InlineData("not an email", false)]
    public void Buyer_emails_must_be_plain_addresses(string email, bool valid)
    {
        var act = () => Buyer.Create("Ada", "Lovelace", email, emailProven: true);

        if (valid)
        {
            act().Email.Should().Be(email);
        }
        else
        {
            act.Should().Throw<InvalidValueException>().Which.Code.Should().BeOneOf("invalid_email", "email_too_long");
        }
    }

    [Fact]
    public void Address_fields_are_trimmed_and_state_is_optional()
    {
        var address = ShippingAddress.Create(" 1 Way ", "London", null, " N1 ", "UK");

        address.Should().Be(new ShippingAddress("1 Way", "London", "", "N1", "UK"));
    }

    [Fact]
    public void A_payment_settled_without_a_provider_keeps_brand_last_four_and_the_clients_method()
    {
        PaymentMethod.Offline("Visa", "1111", " card ").Should().Be(new PaymentMethod("Visa", "1111", "card"));
        Refusal(() => PaymentMethod.Offline("Visa", "11a1", null)).Code.Should().Be("invalid_card_last4");
        Refusal(() => PaymentMethod.Offline("Visa", "1111", new string('m', PaymentMethod.MaxMethodLength + 1))).Code.Should().Be("payment_method_too_long");
    }

    [Fact]
    public void A_one_line_address_is_kept_whole_and_a_structured_one_reads_as_one_line()
    {
        ShippingAddress.Unstructured("  istanbul  ").OneLine().Should().Be("istanbul");
        ShippingAddress.Create("1 Analytical Way", "London", "", "N1 9GU", "UK").OneLine().Should().Be("1 Analytical Way, London, N1 9GU, UK");
        ShippingAddress.Create("1 Main St", "Springfield", "IL", "62701", "US").OneLine().Should().Be("1 Main St, Springfield, IL 62701, US");
        Refusal(() => ShippingAddress.Unstructured(" ")).Code.Should().Be("address_required");
    }
}
