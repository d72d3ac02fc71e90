using Commerce.Ordering.Application.PlaceOrder;

namespace Commerce.Ordering.UnitTests;

public class PlaceOrderTests
{
    private static PlaceOrder Command(string card = "4111111111111111", string email = "ada@example.com", string firstName = "Ada", string city = "London") => new(
        "ada",
        new BuyerInput(firstName, "Lovelace", email),
        new AddressInput("1 Way", city, null, "N1", "UK"),
        new CardInput(card, 12, 2030, "123"),
        "key-1");

    [Fact]
    public void The_fingerprint_never_holds_the_card_number_or_security_code()
    {
        var fingerprint = Command().Fingerprint();

        fingerprint.Should().NotContain("4111111111111111").And.NotContain("\"123\"");
        fingerprint.Should().Contain("1111");
    }

    [Fact]
    public void The_fingerprint_changes_with_the_payload_but_not_with_the_key()
    {
        Command().Fingerprint().Should().Be((Command() with { IdempotencyKey = "other" }).Fingerprint());
        Command().Fingerprint().Should().NotBe(Command(email: "bob@example.com").Fingerprint());
    }

    [Fact]
    public void A_printed_card_shows_only_its_last_four_digits()
    {
        var printed = Command().ToString();

        printed.Should().NotContain("4111111111111111").And.Contain("****1111");
    }

    [Fact]
    public void Validation_names_nested_fields_and_accepts_a_complete_checkout()
    {
        var validator = new PlaceOrderValidator();

        validator.Validate(Command()).IsValid.Should().BeTrue();
        validator.Validate(Command(card: "4111111111111112")).Errors.Select(e => e.PropertyName).Should().Equal("Payment.CardNumber");
    }

    [Fact]
    public void Validation_refuses_line_breaks_in_names_and_address_lines() =>
        new PlaceOrderValidator().Validate(Command(firstName: "Ada\r\nVisit evil.example", city: "London\u2028UK"))
            .Errors.Select(e => e.PropertyName).Should().BeEquivalentTo("Buyer.FirstName", "ShippingAddress.City");
}
