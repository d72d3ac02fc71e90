namespace Commerce.BuildingBlocks.Domain;

/// <summary>A non-negative amount in a known ISO 4217 currency, with at most two decimals.</summary>
public sealed record Money
{
    public const decimal MaxAmount = 1_000_000_000m;

    public Money(decimal amount, string currency)
    {
        if (amount < 0)
        {
            throw new InvalidValueException("negative_price", "The price cannot be negative.");
        }

        if (amount > MaxAmount || decimal.Round(amount, 2) != amount)
        {
            throw new InvalidValueException("invalid_price", $"The price must be at most {MaxAmount} with at most two decimals.");
        }

        if (!CurrencyCodes.IsKnown(currency))
        {
            throw new InvalidValueException("unknown_currency", $"'{currency}' is not an ISO 4217 currency code.");
        }

        Amount = amount;
        Currency = CurrencyCodes.Normalize(currency!);
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public override string ToString() => $"{Amount:0.00} {Currency}";
}
