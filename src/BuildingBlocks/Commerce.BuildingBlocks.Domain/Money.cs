namespace Commerce.BuildingBlocks.Domain;

/// <summary>A non-negative amount in a known ISO 4217 currency, a whole number of the currency's smallest unit.</summary>
public sealed record Money
{
    public const decimal MaxAmount = 1_000_000_000m;

    public Money(decimal amount, string currency)
    {
        if (!CurrencyCodes.IsKnown(currency))
        {
            throw new InvalidValueException("unknown_currency", $"'{currency}' is not an ISO 4217 currency code.");
        }

        if (amount < 0)
        {
            throw new InvalidValueException("negative_price", "The price cannot be negative.");
        }

        if (amount > MaxAmount || !CurrencyCodes.FitsMinorUnits(amount, currency))
        {
            throw new InvalidValueException("invalid_price",
                $"The price must be at most {MaxAmount} with at most {CurrencyCodes.MinorUnits(currency)} decimals in {CurrencyCodes.Normalize(currency)}.");
        }

        Amount = amount;
        Currency = CurrencyCodes.Normalize(currency);
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public override string ToString() => $"{Amount:0.00} {Currency}";
}
