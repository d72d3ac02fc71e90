using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Payments.Contracts;

namespace Commerce.Ordering.UnitTests;

public class PlaceOrderTests
{
    private static readonly IPaymentMethods Provider = new TokensAccepted("pm_card_visa");

    private static PlaceOrder Command(string token = "pm_card_visa", string email = "ada@example.com", string firstName = "Ada", string city = "London") => new(
        "ada",
        new BuyerInput(firstName, "Lovelace", email),
        new AddressInput("1 Way", city, null, "N1", "UK"),
        new PaymentInput(token),
        "key-1");

    [Fact]
    public void The_fingerprint_changes_with_the_payload_but_not_with_the_key()
    {
        Command().Fingerprint().Should().Be((Command() with { IdempotencyKey = "other" }).Fingerprint());
        Command().Fingerprint().Should().NotBe(Command(email: "bob@example.com").Fingerprint());
    }

    [Fact]
    public void Validation_names_nested_fields_and_accepts_a_complete_checkout()
    {
        var validator = new PlaceOrderValidator(Provider);

        validator.Validate(Command()).IsValid.Should().BeTrue();
        validator.Validate(Command(token: "4111111111111111")).Errors.Select(e => (e.PropertyName, e.ErrorCode)).Should().Equal(("Payment.PaymentMethodId", "unknown_payment_method"));
        validator.Validate(Command(token: "")).Errors.Select(e => e.PropertyName).Should().Equal("Payment.PaymentMethodId");
    }

    [Fact]
    public void Validation_refuses_line_breaks_in_names_and_address_lines() =>
        new PlaceOrderValidator(Provider).Validate(Command(firstName: "Ada\r\nVisit evil.example", city: "London\u2028UK"))
            .Errors.Select(e => e.PropertyName).Should().BeEquivalentTo("Buyer.FirstName", "ShippingAddress.City");

    private sealed class TokensAccepted(params string[] tokens) : IPaymentMethods
    {
        public bool Accepts(string paymentMethodId) => tokens.Contains(paymentMethodId);
    }
}
