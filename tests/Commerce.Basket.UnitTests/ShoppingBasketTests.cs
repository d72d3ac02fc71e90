using Commerce.Basket.Domain.Baskets;
using Commerce.BuildingBlocks.Domain;

namespace Commerce.Basket.UnitTests;

public class ShoppingBasketTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid Widget = Guid.NewGuid();
    private static readonly Guid Gadget = Guid.NewGuid();

    private static ShoppingBasket Basket() => ShoppingBasket.EmptyFor("ada");

    [Fact]
    public void Totals_follow_the_lines()
    {
        var basket = Basket();
        basket.Add(Widget, "Widget", new Money(2.5m, "USD"), 2, Now);
        basket.Add(Gadget, "Gadget", new Money(10m, "USD"), 1, Now);

        basket.ItemCount.Should().Be(3);
        basket.Subtotal.Should().Be(15m);
        basket.Currency.Should().Be("USD");
    }

    [Fact]
    public void Adding_a_product_again_adds_to_its_line_and_takes_the_current_price()
    {
        var basket = Basket();
        basket.Add(Widget, "Widget", new Money(2m, "USD"), 1, Now);
        basket.Add(Widget, "Widget v2", new Money(3m, "USD"), 2, Now);

        basket.Lines.Should().ContainSingle().Which.Should().Be(new BasketLine(Widget, "Widget v2", 3m, 3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ShoppingBasket.MaxQuantity + 1)]
    public void Quantities_are_bounded(int quantity) =>
        ((Action)(() => Basket().Add(Widget, "Widget", new Money(1m, "USD"), quantity, Now)))
            .Should().Throw<InvalidValueException>().Which.Code.Should().Be("invalid_quantity");

    [Fact]
    public void A_line_cannot_grow_past_the_maximum()
    {
        var basket = Basket();
        basket.Add(Widget, "Widget", new Money(1m, "USD"), ShoppingBasket.MaxQuantity, Now);

        ((Action)(() => basket.Add(Widget, "Widget", new Money(1m, "USD"), 1, Now))).Should().Throw<InvalidValueException>();
        basket.Lines.Single().Quantity.Should().Be(ShoppingBasket.MaxQuantity);
    }

    [Fact]
    public void A_basket_holds_a_bounded_number_of_products()
    {
        var basket = Basket();
        for (var i = 0; i < ShoppingBasket.MaxLines; i++)
        {
            basket.Add(Guid.NewGuid(), $"P{i}", new Money(1m, "USD"), 1, Now);
        }

        ((Action)(() => basket.Add(Guid.NewGuid(), "One more", new Money(1m, "USD"), 1, Now)))
            .Should().Throw<DomainException>().Which.Code.Should().Be("basket_full");
    }

    [Fact]
    public void All_lines_share_one_currency()
    {
        var basket = Basket();
        basket.Add(Widget, "Widget", new Money(1m, "USD"), 1, Now);

        ((Action)(() => basket.Add(Gadget, "Gadget", new Money(1m, "EUR"), 1, Now)))
            .Should().Throw<DomainException>().Which.Code.Should().Be("currency_mismatch");
    }

    [Fact]
    public void Removing_the_last_line_frees_the_currency()
    {
        var basket = Basket();
        basket.Add(Widget, "Widget", new Money(1m, "USD"), 1, Now);
        basket.Remove(Widget, Now);

        basket.IsEmpty.Should().BeTrue();
        basket.Currency.Should().BeNull();
        basket.Add(Gadget, "Gadget", new Money(1m, "EUR"), 1, Now);
        basket.Currency.Should().Be("EUR");
    }

    [Fact]
    public void Changing_or_removing_a_product_that_is_not_there_is_not_found()
    {
        var basket = Basket();

        ((Action)(() => basket.ChangeQuantity(Widget, 2, Now))).Should().Throw<NotFoundException>().Which.Code.Should().Be("basket_item_not_found");
        ((Action)(() => basket.Remove(Widget, Now))).Should().Throw<NotFoundException>();
    }

    [Fact]
    public void Changing_a_quantity_keeps_the_line_in_place()
    {
        var basket = Basket();
        basket.Add(Widget, "Widget", new Money(1m, "USD"), 1, Now);
        basket.Add(Gadget, "Gadget", new Money(1m, "USD"), 1, Now);

        basket.ChangeQuantity(Widget, 5, Now);

        basket.Lines.Select(l => (l.ProductId, l.Quantity)).Should().Equal((Widget, 5), (Gadget, 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData(null)]
    public void User_names_are_checked(string? userName) =>
        ((Action)(() => ShoppingBasket.EmptyFor(userName))).Should().Throw<InvalidValueException>().Which.Code.Should().Be("invalid_user_name");

    [Fact]
    public void A_colour_is_kept_on_its_line_until_another_is_chosen()
    {
        var basket = Basket();
        basket.Add(Widget, "Widget", new Money(1m, "USD"), 1, Now, " Red ");
        basket.Add(Widget, "Widget", new Money(1m, "USD"), 1, Now);
        basket.Lines.Single().Color.Should().Be("Red");

        basket.Add(Widget, "Widget", new Money(1m, "USD"), 1, Now, "Blue");
        basket.Lines.Single().Should().Be(new BasketLine(Widget, "Widget", 1m, 3, "Blue"));
        ((Action)(() => basket.Add(Gadget, "Gadget", new Money(1m, "USD"), 1, Now, new string('x', ShoppingBasket.MaxColorLength + 1))))
            .Should().Throw<InvalidValueException>().Which.Code.Should().Be("invalid_color");
    }

    [Theory]
    [InlineData("Red\nBcc: x@evil.example")]
    [InlineData("Red\u202Egnp.exe")]
    [InlineData("Red\u0007")]
    [InlineData("Red\u2028Blue")]
    public void A_colour_is_one_line_of_printable_text(string color) =>
        ((Action)(() => Basket().Add(Widget, "Widget", new Money(1m, "USD"), 1, Now, color)))
            .Should().Throw<InvalidValueException>().Which.Code.Should().Be("invalid_color");
}
