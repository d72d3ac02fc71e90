using Commerce.BuildingBlocks.Domain;

namespace Commerce.BuildingBlocks.UnitTests;

public class MoneyTests
{
    [Theory]
    [InlineData("usd", "USD")]
    [InlineData(" eur ", "EUR")]
    [InlineData("JPY", "JPY")]
    public void Currency_is_normalized_to_the_ISO_code(string given, string expected) =>
        new Money(10m, given).Currency.Should().Be(expected);

    [Fact]
    public void Zero_is_a_valid_price() => new Money(0m, "USD").Amount.Should().Be(0m);

    [Fact]
    public void Negative_amount_is_refused_with_its_code()
    {
        var act = () => new Money(-0.01m, "USD");
        act.Should().Throw<InvalidValueException>().Which.Code.Should().Be("negative_price");
    }

    [Theory]
    [InlineData("XXX")]
    [InlineData("US")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_currency_is_refused(string? currency)
    {
        var act = () => new Money(1m, currency!);
        act.Should().Throw<InvalidValueException>().Which.Code.Should().Be("unknown_currency");
    }

    [Theory]
    [InlineData("1.001")]
    [InlineData("1000000000.01")]
    public void Amount_beyond_two_decimals_or_the_maximum_is_refused(string amount)
    {
        var act = () => new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "USD");
        act.Should().Throw<InvalidValueException>().Which.Code.Should().Be("invalid_price");
    }

    [Theory]
    [InlineData("1.5", "JPY")]
    [InlineData("0.001", "USD")]
    [InlineData("1.0005", "KWD")]
    [InlineData("10.1", "ISK")]
    public void An_amount_finer_than_its_currencys_smallest_unit_is_refused(string amount, string currency)
    {
        var act = () => new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency);
        act.Should().Throw<InvalidValueException>().Which.Code.Should().Be("invalid_price");
    }

    [Theory]
    [InlineData("150", "JPY", 0)]
    [InlineData("1.50", "USD", 2)]
    [InlineData("1.005", "KWD", 3)]
    [InlineData("0.125", "bhd", 3)]
    public void An_amount_in_whole_units_of_its_currencys_smallest_unit_is_taken(string amount, string currency, int minorUnits)
    {
        new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency).Amount.Should().Be(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        CurrencyCodes.MinorUnits(currency).Should().Be(minorUnits);
    }

    [Fact]
    public void Equal_amounts_in_the_same_currency_are_equal() =>
        new Money(5.50m, "usd").Should().Be(new Money(5.5m, "USD"));
}

public class MicrosecondClockTests
{
    [Fact]
    public void Time_is_cut_to_the_microsecond_postgres_stores()
    {
        var inner = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1_234_567));

        var now = new Commerce.BuildingBlocks.Application.MicrosecondClock(inner).GetUtcNow();

        (now.Ticks % TimeSpan.TicksPerMicrosecond).Should().Be(0);
        (inner.GetUtcNow() - now).Should().Be(TimeSpan.FromTicks(7));
    }
}
